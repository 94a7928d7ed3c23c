using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Tests.Cases;

/// <summary>
/// Leaving an application without motion (cards cnap-single-provider-decision and cnap-real-estate-registration): the
/// clock stops while the applicant clarifies, and the deadline moves by the working days it stood still.
/// </summary>
public sealed class ClarificationTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Clarification_stops_the_clock_and_the_deadline_moves_by_the_suspended_working_days(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["generic"]);
        // 10 working days from Monday 3 March: the term ends with Monday 17 March.
        Assert.Equal(CaseHost.Kyiv(2025, 3, 18, 0, 0), registered.LegalDeadline);
        var review = await host.Api.OpenTaskAsync(registered.Id, "Розгляд");

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 4, 11, 0));
        var asked = await host.Api.AskClarificationAsync(review.Id, "додайте копію технічного паспорта");
        Assert.Equal(CaseStatus.AwaitingClarification, asked.CaseStatus);
        var waiting = await host.Api.CaseAsync(registered.Id);
        Assert.True(waiting.IsSuspended);
        Assert.Equal("Потрібні уточнення до заяви: додайте копію технічного паспорта", Assert.Single(waiting.Suspensions).Request);
        Assert.DoesNotContain(waiting.Tasks, t => t.Status == "Assigned");

        // Wednesday and Thursday stand still; counting resumes on Friday.
        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 6, 15, 0));
        var clarified = await host.Api.ClarifyAsync(registered.Id, "Копію додано");
        Assert.Equal(CaseStatus.InReview, clarified.Status);
        Assert.Equal(CaseHost.Kyiv(2025, 3, 20, 0, 0), clarified.LegalDeadline);

        var again = await host.Api.OpenTaskAsync(registered.Id, "Розгляд");
        Assert.NotEqual(review.Id, again.Id);
        Assert.Equal(CaseHost.Kyiv(2025, 3, 20, 0, 0), again.DueAt);
        await host.Api.ApproveAsync(again.Id, "Довідка про склад сім'ї");
        await host.Api.IssueAsync(registered.Id);

        var done = await host.Api.CaseAsync(registered.Id);
        Assert.Equal("Issued", done.Status);
        var suspension = Assert.Single(done.Suspensions);
        Assert.Equal((CaseHost.Kyiv(2025, 3, 4, 11, 0), CaseHost.Kyiv(2025, 3, 6, 15, 0), "Копію додано"),
            (CaseHost.Minute(suspension.StartedAt), CaseHost.Minute(suspension.EndedAt!.Value), suspension.Resolution));
        Assert.Contains(done.Documents, d => d.Origin == "Clarification" && d.Title == "Уточнена заява");
        var notices = await host.InScopeAsync((_, db) => db.Set<OutboxEntry>().AsNoTracking()
            .Where(e => e.CaseId == registered.Id && e.Channel == NotificationChannel.Sms).ToListAsync());
        Assert.Contains(notices, n => n.Body.Contains("потрібні уточнення", StringComparison.Ordinal) && n.Body.Contains("технічного паспорта", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Real_estate_registration_is_refused_when_the_clarification_term_runs_out(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["estate"]);
        Assert.Equal(CaseHost.Kyiv(2025, 3, 11, 0, 0), registered.LegalDeadline);
        var review = await host.Api.OpenTaskAsync(registered.Id, "реєстратором");
        Assert.Equal(host.World.Units["REGISTRAR"], review.UnitId);

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 4, 9, 0));
        await host.Api.AskClarificationAsync(review.Id, "подайте нотаріально засвідчений договір");

        // Ten working days from Tuesday 4 March: the applicant has until the end of Tuesday 18 March.
        Assert.Equal(0, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 18, 23, 0)));
        Assert.Equal("AwaitingClarification", (await host.Api.CaseAsync(registered.Id)).Status);
        Assert.Equal(1, await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 19, 0, 5)));

        var refused = await host.Api.CaseAsync(registered.Id);
        Assert.Equal("ReadyForIssue", refused.Status);
        Assert.Equal(("Refused", CaseWorld.Incomplete, "Недоліки заяви не усунено у встановлений строк."),
            (refused.Decision!.Outcome, refused.Decision.GroundCode, refused.Decision.Reasons));
        Assert.False(refused.IsSuspended);
        Assert.Contains(refused.Timeline, t => t.Source == "workflow" && t.Details!.Contains("Cnap.RequestClarification Expired", StringComparison.Ordinal));

        await host.Api.IssueAsync(registered.Id);
        Assert.Equal("Finished", (await host.Api.CaseAsync(registered.Id)).Workflow!.Status);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task An_urgent_variant_counts_its_own_shorter_term(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 7, 16, 0));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["estate"], variant: "urgent-2wd");

        // Friday 7 March + 2 working days = Tuesday 11 March.
        Assert.Equal(CaseHost.Kyiv(2025, 3, 12, 0, 0), registered.LegalDeadline);
        Assert.Equal(CaseHost.Kyiv(2025, 3, 12, 0, 0), (await host.Api.OpenTaskAsync(registered.Id, "реєстратором")).DueAt);
    }
}
