using System.Net;
using Cnap.Testing;
using Cnap.Workflows.Activities.Flow;
using Cnap.Workflows.Runtime;
using Cnap.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Host.Tests.Timers;

public sealed class TimerFiringTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    // The scheduled sweep is an hour away: only the node's early wake-up can fire these in time.
    private static readonly Dictionary<string, string?> HourlySweep = new() { ["Scheduling:TimerSweep:Interval"] = "01:00:00" };

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_timer_due_in_the_past_fires_at_once(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = new FakeTimeProvider(Monday);
        await using var node = new TimerNode(db, clock, settings: HourlySweep);
        await node.PublishAsync(TimerFlows.StartAt("overdue", Monday.AddDays(-1)), "overdue");

        var started = await node.StartAsync("overdue");

        await Eventually.HoldsAsync(async () => (await node.JournalAsync(started.InstanceId)).Any(j => j.Text == "Fired"), TimeSpan.FromSeconds(30));
        Assert.Empty(await node.BookmarksAsync(started.InstanceId));
    }

    [Fact]
    public async Task A_timer_due_before_the_next_scheduled_sweep_fires_when_due_without_waiting_for_the_sweep()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        var clock = new FakeTimeProvider(Monday);
        await using var node = new TimerNode(db, clock, settings: HourlySweep);
        await node.PublishAsync(TimerFlows.Delay("soon", "00:00:30"), "soon");
        var started = await node.StartAsync("soon");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(await node.JournalAsync(started.InstanceId), j => j.Text == "Fired");

        clock.Advance(TimeSpan.FromSeconds(30));

        await Eventually.HoldsAsync(async () => (await node.JournalAsync(started.InstanceId)).Any(j => j.Text == "Fired"), TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_timer_a_year_ahead_leaves_the_host_serving_and_fires_when_the_clock_gets_there(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = new FakeTimeProvider(Monday);
        await using var node = new TimerNode(db, clock, settings: HourlySweep);
        await node.PublishAsync(TimerFlows.Delay("next-year", "365.00:00:00"), "next-year");
        using var client = node.CreateClient();
        var lifetime = node.Services.GetRequiredService<IHostApplicationLifetime>();

        var started = await node.StartAsync("next-year");
        // The worker takes the wake-up on its own thread; a wait it cannot make used to stop the host right there.
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested, "The host is stopping.");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        clock.Advance(TimeSpan.FromDays(200));
        Assert.DoesNotContain(await node.JournalAsync(started.InstanceId), j => j.Text == "Fired");
        clock.Advance(TimeSpan.FromDays(165));
        await Eventually.HoldsAsync(async () => (await node.JournalAsync(started.InstanceId)).Any(j => j.Text == "Fired"), TimeSpan.FromSeconds(30));
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested, "The host is stopping.");
    }

    [Theory]
    [InlineData("WaitAny", DatabaseKind.Sqlite)]
    [InlineData("WaitAny", DatabaseKind.Postgres)]
    [InlineData("End", DatabaseKind.Sqlite)]
    [InlineData("End", DatabaseKind.Postgres)]
    public async Task A_branch_cancelled_by_the_event_that_won_leaves_no_timer_behind(string joinOrEnd, DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = new FakeTimeProvider(Monday);
        await using var node = new TimerNode(db, clock, timers => timers.SweepInterval = TimeSpan.Zero);
        await node.PublishAsync(TimerFlows.TimerRacingAnEvent("race", joinOrEnd), "race");
        var started = await node.StartAsync("race");
        Assert.Contains(await node.BookmarksAsync(started.InstanceId), b => b.DueAt is not null);

        await node.InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().SendAsync(new Stimulus(Event.StimulusName, Event.Payload("go"))));

        Assert.Empty(await node.BookmarksAsync(started.InstanceId));
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await node.InScopeAsync(sp => sp.GetRequiredService<TimerSweeper>().SweepAsync()));
        var journal = await node.JournalAsync(started.InstanceId);
        Assert.DoesNotContain(journal, j => j.Text == "Late");
        Assert.Contains(journal, j => j.ActivityId == "wait" && j.Event == JournalEvent.Cancelled);
        Assert.Equal(WorkflowStatus.Finished, (await node.DbAsync(d => d.Instances.AsNoTracking().SingleAsync(i => i.Id == started.InstanceId))).Status);
    }
}
