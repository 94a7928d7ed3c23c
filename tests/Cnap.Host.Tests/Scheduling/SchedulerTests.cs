using Cnap.Host.Data;
using Cnap.Host.Scheduling;
using Cnap.Host.Scheduling.Runs;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Cnap.Host.Tests.Timers;
using Quartz;

namespace Cnap.Host.Tests.Scheduling;

public sealed class SchedulerTests
{
    private static readonly string[] Jobs =
        ["timer-sweep", "audit-verification", "retention", "unclaimed-result-reminders", "daily-statistics", "appointment-reminders"];

    [Theory]
    [InlineData(DatabaseKind.Sqlite, false)]
    [InlineData(DatabaseKind.Postgres, true)]
    public async Task The_migrations_create_Quartz_tables_and_the_scheduler_runs_the_recurring_jobs_on_them(DatabaseKind kind, bool clustered)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(db);
        host.Settings["Notifications:Dispatcher:Enabled"] = "false";

        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Eventually.HoldsAsync(() => Task.FromResult(scheduler.Status == SchedulerStatus.Running), TimeSpan.FromSeconds(30));

        var metadata = await scheduler.GetMetadata();
        Assert.True(metadata.JobStorePersistent);
        Assert.Equal(clustered, metadata.JobStoreClustered);
        var jobs = (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(SchedulingSetup.JobGroup))).Select(k => k.Name).Order().ToList();
        Assert.Equal(Jobs.Order(), jobs);
        await using var scope = host.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        Assert.Equal(jobs.Count, await context.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM qrtz_job_details").SingleAsync());
    }

    [Fact]
    public async Task A_recurring_job_fires_once_per_firing_across_two_clustered_nodes()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:Dispatcher:Enabled"] = "false",
            ["Scheduling:DailyStatistics:Cron"] = "",
            ["Scheduling:DailyStatistics:Interval"] = "00:00:01",
            ["Scheduling:CheckinInterval"] = "00:00:02",
        };
        await using var first = Node(db, settings);
        await using var second = Node(db, settings);
        _ = first.Services;
        _ = second.Services;

        await Eventually.HoldsAsync(async () => (await RunsAsync(first)).Count >= 15, TimeSpan.FromMinutes(2));

        var runs = await RunsAsync(second);
        Assert.All(runs.GroupBy(r => r.ScheduledAt), firing => Assert.Single(firing));
        Assert.All(runs, r => Assert.Null(r.Error));
    }

    [Fact]
    public async Task Nightly_jobs_wait_for_their_next_real_time_when_the_application_clock_is_in_the_past()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var node = new TimerNode(db, new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero)));
        var scheduler = await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Eventually.HoldsAsync(() => Task.FromResult(scheduler.Status == SchedulerStatus.Running), TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(3));

        foreach (var job in new[] { "daily-statistics", "retention", "unclaimed-result-reminders", "audit-verification" })
        {
            var trigger = await scheduler.GetTrigger(new TriggerKey(job, SchedulingSetup.JobGroup));
            Assert.True(trigger!.NextFireTimeUtc > TimeProvider.System.GetUtcNow(), $"{job} is due in the past and fires at once");
        }
        Assert.Empty(await node.InScopeAsync(sp => sp.GetRequiredService<CnapDbContext>().Set<JobRun>().AsNoTracking().ToListAsync()));
    }

    private static CnapHostFactory Node(TestDatabase db, Dictionary<string, string?> settings)
    {
        var host = new CnapHostFactory(db);
        foreach (var (key, value) in settings)
            host.Settings[key] = value;
        return host;
    }

    private static async Task<List<JobRun>> RunsAsync(CnapHostFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CnapDbContext>().Set<JobRun>().AsNoTracking()
            .Where(r => r.Job == "daily-statistics").ToListAsync();
    }
}
