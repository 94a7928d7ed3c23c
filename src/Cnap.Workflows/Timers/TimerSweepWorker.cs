using Cnap.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Timers;

/// <summary>
/// Sweeps due timers every <see cref="TimerOptions.SweepInterval"/>, sooner when a timer is created that falls due
/// before then, and back to back while a sweep fills its batch (a backlog drains at full speed). With
/// <see cref="TimerOptions.RegularSweepScheduledElsewhere"/> (the host's clustered Quartz job runs the regular
/// sweep) it only keeps the early wake-ups, so a near-due timer does not wait for the next scheduled sweep.
/// </summary>
internal sealed class TimerSweepWorker(IServiceScopeFactory scopes, TimerWakeup wakeup, IOptions<WorkflowOptions> options, TimeProvider time,
    ILogger<TimerSweepWorker> logger) : ResilientBackgroundService(logger)
{
    private static readonly TimeSpan[] CommitWaits = [.. new[] { 50, 100, 200, 400, 800, 1600 }.Select(ms => TimeSpan.FromMilliseconds(ms))];

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Timers;
        if (settings.SweepInterval <= TimeSpan.Zero)
            return;
        // Let start-up (migrations, seeding) finish before the first claim.
        await Task.Yield();
        var elsewhere = settings.RegularSweepScheduledElsewhere;
        var sweep = true;
        var forDueTimer = false;
        var lookedAgain = 0;
        DateTimeOffset? pending = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (sweep && await SweepAsync(stoppingToken) == 0 && forDueTimer && lookedAgain < CommitWaits.Length)
            {
                // A burst tells of its timer before its transaction commits (and a case command's transaction may hold
                // it longer): a sweep woken for a due timer that finds none looks again shortly, in real time, since it
                // is a commit being waited for, before leaving it to the regular sweep.
                try
                {
                    await Task.Delay(CommitWaits[lookedAgain++], stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                continue;
            }
            lookedAgain = 0;
            forDueTimer = false;
            var (earliest, changed) = wakeup.Take();
            if (earliest is { } told && (pending is null || told < pending))
                pending = told;
            var now = time.GetUtcNow();
            if (pending <= now)
            {
                pending = null;
                sweep = true;
                forDueTimer = true;
                continue;
            }
            var wait = elsewhere ? Timeout.InfiniteTimeSpan : settings.SweepInterval;
            if (pending is { } next && (elsewhere || next - now < wait))
                wait = next - now;
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var woken = await Task.WhenAny(CappedDelay.WaitAsync(wait, time, cancel.Token), changed);
            await cancel.CancelAsync();
            // Told of another timer while waiting: recompute the wait rather than sweep.
            sweep = woken != changed && !stoppingToken.IsCancellationRequested;
        }
    }

    /// <summary>Sweeps until drained; returns how many timers were claimed (0 after a failure, which is logged).</summary>
    private async Task<int> SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TimerSweeper>().SweepUntilDrainedAsync(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Sweeping due workflow timers failed");
            return 0;
        }
    }
}
