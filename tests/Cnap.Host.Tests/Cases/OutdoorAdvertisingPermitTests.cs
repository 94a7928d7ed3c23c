using Cnap.Domain.Notifications;
using Cnap.Domain.Cases;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Tests.Cases;

/// <summary>
/// Card cnap-outdoor-advertising-permit: architecture, heritage and utilities agree in parallel, then the permit is
/// prepared and signed; a refusal by any ends it; silent consent when nobody answers in time (Law 2806-IV).
/// </summary>
public sealed class OutdoorAdvertisingPermitTests
{
    private static readonly string[] Departments = ["архітектури", "культурної спадщини", "ЖКГ"];

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Three_departments_agree_in_parallel_and_the_permit_is_issued(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["advertising"]);
        Assert.Equal(CaseHost.Kyiv(2025, 3, 18, 0, 0), registered.LegalDeadline);

        var agreements = new List<Guid>();
        foreach (var department in Departments)
        {
            var task = await host.Api.OpenTaskAsync(registered.Id, department);
            Assert.Equal(("П", CaseHost.Kyiv(2025, 3, 11, 0, 0)), (task.Action, task.DueAt));
            agreements.Add(task.Id);
        }
        Assert.Equal([host.World.Units["ARCHITECTURE"], host.World.Units["HERITAGE"], host.World.Units["UTILITIES"]],
            (await host.Api.CaseAsync(registered.Id)).Tasks.Select(t => t.UnitId!.Value));

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 5, 12, 0));
        await host.Api.ApproveAsync(agreements[0]);
        await host.Api.ApproveAsync(agreements[2]);
        Assert.DoesNotContain((await host.Api.CaseAsync(registered.Id)).Tasks, t => t.Stage.Contains("підписання", StringComparison.Ordinal));
        await host.Api.ApproveAsync(agreements[1]);

        var signing = await host.Api.OpenTaskAsync(registered.Id, "підписання дозволу");
        Assert.Equal(("З", host.World.Units["ADVERTISING"], registered.LegalDeadline), (signing.Action, signing.UnitId!.Value, signing.DueAt));
        await host.Api.ApproveAsync(signing.Id, "Дозвіл на розміщення зовнішньої реклами", "ЗР-2025/041");
        await host.Api.IssueAsync(registered.Id);

        var done = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("Issued", "Granted", "ЗР-2025/041"), (done.Status, done.Decision!.Outcome, done.Decision.ResultNumber));
        Assert.Equal("Finished", done.Workflow!.Status);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_refusal_by_one_department_ends_the_parallel_approvals_and_cancels_the_others(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["advertising"]);
        var architecture = await host.Api.OpenTaskAsync(registered.Id, "архітектури");
        var heritage = await host.Api.OpenTaskAsync(registered.Id, "культурної спадщини");
        await host.Api.ApproveAsync(architecture.Id);

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 6, 14, 0));
        var refused = await host.Api.RefuseAsync(heritage.Id, CaseWorld.NotAllowed, "Конструкція закриває фасад пам'ятки архітектури.");
        Assert.Equal(CaseStatus.ReadyForIssue, refused.CaseStatus);

        var details = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("Refused", CaseWorld.NotAllowed), (details.Decision!.Outcome, details.Decision.GroundCode));
        Assert.Equal(["Decided", "Decided", "Cancelled"], details.Tasks.Select(t => t.Status));
        Assert.StartsWith("Рішення у справі прийнято", details.Tasks[2].CancellationReason);
        Assert.DoesNotContain(details.Tasks, t => t.Stage.Contains("підписання", StringComparison.Ordinal));

        // The silent-consent timer went with the other branches: nothing fires after the deadline.
        Assert.Equal(0, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 4, 1, 9, 0)));
        await host.Api.IssueAsync(registered.Id);
        Assert.Equal(("Issued", "Finished"), ((await host.Api.CaseAsync(registered.Id)).Status, (await host.Api.CaseAsync(registered.Id)).Workflow!.Status));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Unanswered_by_the_deadline_the_permit_is_deemed_granted_ten_working_days_later(DatabaseKind kind)
    {
        // domain.md golden case: filed Monday 3 March 2025, deadline 17 March, silent consent from 31 March.
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["advertising"]);
        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(registered.Id, "архітектури")).Id);

        Assert.Equal(0, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 20, 9, 0)));
        var overdue = await host.Api.ListAsync($"centre={host.World.CentreId}&overdue=true");
        Assert.Equal([registered.Id], overdue.Items.Select(i => i.Id));
        Assert.True(Assert.Single(overdue.Items).IsOverdue);

        Assert.Equal(0, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 30, 23, 59)));
        Assert.Equal("InReview", (await host.Api.CaseAsync(registered.Id)).Status);
        Assert.Equal(1, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 31, 0, 1)));

        var deemed = await host.Api.CaseAsync(registered.Id);
        Assert.Equal(("DeemedGranted", "DeemedGrantedBySilentConsent"), (deemed.Status, deemed.Decision!.Outcome));
        Assert.Equal(["Decided", "Cancelled", "Cancelled"], deemed.Tasks.Select(t => t.Status));
        Assert.Equal("Finished", deemed.Workflow!.Status);
        Assert.Empty((await host.Api.ListAsync($"centre={host.World.CentreId}&overdue=true")).Items);
        var sms = await host.InScopeAsync((_, db) => db.Set<OutboxEntry>().Where(e => e.CaseId == registered.Id).ToListAsync());
        Assert.Contains(sms, n => n.Body.Contains("мовчазна згода", StringComparison.Ordinal) && n.Body.Contains("31.03.2025", StringComparison.Ordinal));
    }
}
