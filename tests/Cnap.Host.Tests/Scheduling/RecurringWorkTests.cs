using Cnap.Domain.Notifications;
using Cnap.Host.Cases.Issuance.Reminders;
using Cnap.Host.Cases.Statistics;
using Cnap.Host.Notifications.Dispatch;
using Cnap.Host.Scheduling.Retention;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Scheduling;

/// <summary>What the nightly jobs do, run on the test's clock (Quartz only decides when).</summary>
public sealed class RecurringWorkTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_result_left_at_the_centre_is_reminded_after_two_weeks_again_after_four_and_then_no_more(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);
        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(registered.Id, "реєстру")).Id, "Довідка");
        Assert.Equal("ReadyForIssue", (await host.Api.CaseAsync(registered.Id)).Status.ToString());
        var notices = await NoticesAsync(host, registered.Id);

        Assert.Equal(0, await RemindAsync(host, CaseHost.Kyiv(2025, 3, 10)));
        Assert.Equal(1, await RemindAsync(host, CaseHost.Kyiv(2025, 3, 18)));
        Assert.Equal(notices + 2, await NoticesAsync(host, registered.Id));
        Assert.Equal(0, await RemindAsync(host, CaseHost.Kyiv(2025, 3, 20)));
        Assert.Equal(1, await RemindAsync(host, CaseHost.Kyiv(2025, 4, 2)));
        Assert.Equal(0, await RemindAsync(host, CaseHost.Kyiv(2025, 4, 30)));
        Assert.Equal(notices + 4, await NoticesAsync(host, registered.Id));
    }

    [Fact]
    public async Task Two_reminder_runs_at_once_send_the_reminder_once_and_neither_fails()
    {
        await using var host = await CaseHost.StartAsync(DatabaseKind.Postgres, CaseHost.Kyiv(2025, 3, 3));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);
        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(registered.Id, "реєстру")).Id, "Довідка");
        var notices = await NoticesAsync(host, registered.Id);
        await host.AdvanceToAsync(CaseHost.Kyiv(2025, 3, 18));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            host.InScopeAsync((scope, _) => scope.GetRequiredService<UnclaimedResultReminders>().SendDueAsync(CancellationToken.None)))));

        Assert.Equal(1, runs.Sum());
        Assert.Equal(notices + 2, await NoticesAsync(host, registered.Id));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Retention_blanks_the_address_and_text_of_notices_finished_a_year_ago_and_keeps_everything_else(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3));
        var registered = await host.Api.RegisterAsync(host.World.CentreId, host.World.Services["residence"]);
        await host.InScopeAsync((scope, _) => scope.GetRequiredService<NotificationDispatcher>().DispatchDueAsync());
        var sent = await EntriesAsync(host, registered.Id);
        Assert.NotEmpty(sent);
        Assert.All(sent, e => Assert.NotEqual("", e.Body));

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 11, 1));
        await host.InScopeAsync((scope, _) => scope.GetRequiredService<RetentionCleanup>().RunAsync(CancellationToken.None));
        Assert.All(await EntriesAsync(host, registered.Id), e => Assert.NotEqual("", e.Body));

        host.Clock.SetUtcNow(CaseHost.Kyiv(2026, 3, 10));
        await host.InScopeAsync((scope, _) => scope.GetRequiredService<RetentionCleanup>().RunAsync(CancellationToken.None));

        var kept = await EntriesAsync(host, registered.Id);
        Assert.Equal(sent.Select(e => (e.Id, e.Status, e.Channel, e.SentAt)), kept.Select(e => (e.Id, e.Status, e.Channel, e.SentAt)));
        Assert.All(kept.Where(e => e.IsFinal), e => Assert.True(e.Recipient == "" && e.Body == "" && e.Subject is null));
        Assert.Equal(registered.Number, (await host.Api.CaseAsync(registered.Id)).Number);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_daily_snapshot_counts_cases_per_centre_service_and_status_once_per_day(DatabaseKind kind)
    {
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3));
        var world = host.World;
        await host.Api.RegisterAsync(world.CentreId, world.Services["residence"]);
        var granted = await host.Api.RegisterAsync(world.CentreId, world.Services["residence"]);
        await host.Api.ApproveAsync((await host.Api.OpenTaskAsync(granted.Id, "реєстру")).Id, "Довідка");
        await host.Api.RegisterAsync(world.OtherCentreId, world.Services["residence"]);

        await host.InScopeAsync((scope, _) => scope.GetRequiredService<DailyStatistics>().TakeAsync(CancellationToken.None));
        await host.InScopeAsync((scope, _) => scope.GetRequiredService<DailyStatistics>().TakeAsync(CancellationToken.None));

        var rows = await host.InScopeAsync((_, db) => db.Set<DailyCaseCount>().AsNoTracking().ToListAsync());
        Assert.All(rows, r => Assert.Equal(new DateOnly(2025, 3, 3), r.Day));
        Assert.Equal(3, rows.Sum(r => r.Count));
        Assert.Equal(2, rows.Where(r => r.CentreId == world.CentreId).Sum(r => r.Count));
        Assert.Equal(1, Assert.Single(rows, r => r.CentreId == world.CentreId && r.Status == Cnap.Domain.Cases.CaseStatus.ReadyForIssue).Count);
        Assert.All(rows, r => Assert.Equal(world.Services["residence"], r.ServiceId));
    }

    private static async Task<int> RemindAsync(CaseHost host, DateTimeOffset at)
    {
        await host.AdvanceToAsync(at);
        return await host.InScopeAsync((scope, _) => scope.GetRequiredService<UnclaimedResultReminders>().SendDueAsync(CancellationToken.None));
    }

    private static Task<int> NoticesAsync(CaseHost host, Guid caseId) =>
        host.InScopeAsync((_, db) => db.Set<OutboxEntry>().CountAsync(e => e.CaseId == caseId));

    private static Task<List<OutboxEntry>> EntriesAsync(CaseHost host, Guid caseId) =>
        host.InScopeAsync((_, db) => db.Set<OutboxEntry>().AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.Id).ToListAsync());
}
