using Cnap.Domain.Cases;
using System.Net;
using Cnap.Domain.Notifications;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Tests.Cases;

/// <summary>Card cnap-residence-registration: one stage, decided the same day.</summary>
public sealed class ResidenceRegistrationTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_registration_of_residence_goes_from_the_counter_to_the_register_and_back_the_same_day(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 9, 30));
        var world = host.World;

        var registered = await host.Api.RegisterAsync(world.CentreId, world.Services["residence"]);

        Assert.Equal($"{CaseWorld.CentreCode}-2025-000001", registered.Number);
        Assert.Equal(CaseHost.Kyiv(2025, 3, 4, 0, 0), registered.LegalDeadline);
        var task = await host.Api.OpenTaskAsync(registered.Id, "реєстру");
        Assert.Equal(("В", world.Units["REGISTRATION"], CaseHost.Kyiv(2025, 3, 4, 0, 0)), (task.Action, task.UnitId!.Value, task.DueAt));
        Assert.Equal("InReview", (await host.Api.CaseAsync(registered.Id)).Status);

        host.Clock.Advance(TimeSpan.FromHours(2));
        var decided = await host.Api.ApproveAsync(task.Id, "Довідка про реєстрацію місця проживання", "Р-2025/117");
        Assert.Equal(CaseStatus.ReadyForIssue, decided.CaseStatus);

        host.Clock.Advance(TimeSpan.FromHours(3));
        var issued = await host.Api.IssueAsync(registered.Id);
        Assert.Equal(CaseStatus.Issued, issued.Status);

        var details = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("Granted", "Довідка про реєстрацію місця проживання", "Р-2025/117"),
            (details.Decision!.Outcome, details.Decision.ResultDocument, details.Decision.ResultNumber));
        Assert.Equal("Finished", details.Workflow!.Status);
        Assert.Equal("cnap-residence-registration", details.Workflow.DefinitionId);
        Assert.Equal(["Registered", "WorkflowStarted", "SentToProvider", "Granted", "Issued"],
            details.Timeline.Where(t => t.Source == "case").Select(t => t.Event));
        Assert.Contains(details.Timeline, t => t.Source == "workflow" && t.Details!.Contains("Cnap.AwaitDecision Approved", StringComparison.Ordinal));
        Assert.Contains(details.Timeline, t => t.Source == "task" && t.Event == "Approved");
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_applicant_is_told_by_sms_and_email_at_each_step_of_the_card(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 9, 30));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"], sms: true, email: false);
        var task = await host.Api.OpenTaskAsync(registered.Id, "реєстру");
        await host.Api.ApproveAsync(task.Id, "Довідка");
        await host.Api.IssueAsync(registered.Id);

        var notices = await host.InScopeAsync((_, db) => db.Set<OutboxEntry>().AsNoTracking().Where(e => e.CaseId == registered.Id).ToListAsync());
        var sms = notices.Where(n => n.Channel == NotificationChannel.Sms).OrderBy(n => n.CreatedAt).ToList();
        Assert.Equal(3, sms.Count);
        Assert.All(sms, n => Assert.Equal(("+380501234567", true), (n.Recipient, n.HasConsent)));
        Assert.Contains($"№{registered.Number} зареєстровано", sms[0].Body);
        Assert.Contains(registered.TrackingCode, sms[0].Body);
        Assert.Contains("готовий", sms[1].Body);
        Assert.Contains("видано", sms[2].Body);
        // No consent to e-mail: the letters are written, kept, and never sent.
        Assert.All(notices.Where(n => n.Channel == NotificationChannel.Email), n => Assert.False(n.HasConsent));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Refusal_cites_a_ground_from_the_services_list_and_how_to_appeal(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 9, 30));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);
        var task = await host.Api.OpenTaskAsync(registered.Id, "реєстру");

        var withoutGround = await CaseApi.ProblemAsync(
            await host.Api.PostDecisionAsync(task.Id, new { outcome = "Refused", comment = "Немає документа" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("INCOMPLETE", withoutGround["detail"]!.GetValue<string>());
        var unknownGround = await CaseApi.ProblemAsync(
            await host.Api.PostDecisionAsync(task.Id, new { outcome = "Refused", groundCode = "DISLIKE", comment = "Не подобається" }), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("«DISLIKE» is not among the refusal grounds", unknownGround["detail"]!.GetValue<string>());
        Assert.Equal("Assigned", (await host.Api.OpenTaskAsync(registered.Id, "реєстру")).Status);

        await host.Api.RefuseAsync(task.Id, CaseWorld.Incomplete, "Не подано довідку про право власності на житло.");
        await host.Api.IssueAsync(registered.Id);

        var decision = (await host.Api.CaseAsync(registered.Id)).Decision!;
        Assert.Equal(("Refused", CaseWorld.Incomplete, "Не подано довідку про право власності на житло."), (decision.Outcome, decision.GroundCode, decision.Reasons));
        Assert.Contains("ст. 19", decision.LegalReference);
        Assert.Contains("оскаржене до суду", decision.AppealInformation);
        Assert.NotNull(decision.SentAt);
    }
}
