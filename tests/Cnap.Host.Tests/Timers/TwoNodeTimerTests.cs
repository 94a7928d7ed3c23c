using Cnap.Testing;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Cnap.Host.Tests.Timers;

public sealed class TwoNodeTimerTests(ITestOutputHelper output)
{
    private const int Count = 10_000;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Ten_thousand_timers_due_at_once_fire_exactly_once_across_two_nodes_and_none_is_lost_when_one_dies_mid_sweep()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        // Quartz reads the application's clock too, and its triggers start at real time: the fake clock starts there, or
        // the clustered sweep would never fall due and only the nodes' early wake-ups would fire anything.
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        void Timers(Cnap.Workflows.Hosting.TimerOptions t)
        {
            t.ClaimLease = Lease;
            t.BatchSize = 250;
        }
        var first = new TimerNode(db, clock, Timers);
        await using var second = new TimerNode(db, clock, Timers);
        await first.PublishAsync(TimerFlows.Delay("minute", "00:01:00"), "minute");
        // Each node starts half, so each node's worker is told when they fall due and both sweep the moment they do.
        await Task.WhenAll(StartAsync(first, Count / 2), StartAsync(second, Count / 2));
        Assert.Equal(Count, await DueTimersAsync(second));

        clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.HoldsAsync(async () => await ResumedAsync(second) >= Count / 5, TimeSpan.FromMinutes(5));
        await first.DisposeAsync();
        output.WriteLine($"first node stopped after {await ResumedAsync(second)} resumes");

        // The survivor drains everything not claimed; what the dead node had claimed waits for its lease to end.
        int orphaned = 0;
        await Eventually.HoldsAsync(async () =>
        {
            var left = await DueTimersAsync(second);
            var claimed = await ClaimedAsync(second, clock.GetUtcNow());
            await Task.Delay(TimeSpan.FromSeconds(3));
            orphaned = left;
            return left == claimed && left == await DueTimersAsync(second);
        }, TimeSpan.FromMinutes(5));
        output.WriteLine($"{orphaned} timers held by the dead node's leases");
        Assert.True(orphaned > 0, "the first node was stopped holding no claimed timer; the test proves nothing");

        // In steps, as real time passes: a jump past Quartz's misfire threshold would make the sweep skip its turn.
        await AdvanceAsync(clock, Lease + TimeSpan.FromSeconds(1));
        // The clock keeps moving while we wait, as time does: a scheduler waiting for its next firing on a clock that
        // stood still after the jump would wait for ever, which is not what this test is about.
        await Eventually.HoldsAsync(async () =>
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            return await DueTimersAsync(second) == 0;
        }, TimeSpan.FromMinutes(5), "timers claimed by the dead node were never fired");

        var resumesPerInstance = await second.DbAsync(d => d.Journal.AsNoTracking().Where(j => j.Event == JournalEvent.Resumed)
            .GroupBy(j => j.InstanceId).Select(g => g.Count()).ToListAsync());
        Assert.Equal(Count, resumesPerInstance.Count);
        Assert.All(resumesPerInstance, count => Assert.Equal(1, count));
        Assert.Equal(Count, await second.DbAsync(d => d.Instances.CountAsync(i => i.Status == WorkflowStatus.Finished)));
    }

    private static async Task AdvanceAsync(FakeTimeProvider clock, TimeSpan by)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += TimeSpan.FromSeconds(5))
        {
            clock.Advance(TimeSpan.FromSeconds(5) < by - moved ? TimeSpan.FromSeconds(5) : by - moved);
            await Task.Delay(100);
        }
    }

    private static async Task StartAsync(TimerNode node, int count)
    {
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= count)
                await node.StartAsync("minute");
        })));
    }

    private static Task<int> DueTimersAsync(TimerNode node) => node.DbAsync(d => d.Bookmarks.CountAsync(b => b.DueAt != null));

    private static Task<int> ClaimedAsync(TimerNode node, DateTimeOffset now) =>
        node.DbAsync(d => d.Bookmarks.CountAsync(b => b.DueAt != null && b.ClaimedUntil > now));

    private static Task<int> ResumedAsync(TimerNode node) => node.DbAsync(d => d.Journal.CountAsync(j => j.Event == JournalEvent.Resumed));
}
