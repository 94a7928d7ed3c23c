using Cnap.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Timers;

/// <summary>
/// Sweeps due timers every <see cref="TimerOptions.SweepInterval"/>, sooner when a timer is created that falls due
/// before then, and back to back while a sweep fills its batch (a backlog drains at full speed).
/// Issue 4 moves the regular sweep to a clustered Quartz job; this worker keeps a single node correct meanwhile.
/// </summary>
internal sealed class TimerSweepWorker(IServiceScopeFactory scopes, TimerWakeup wakeup, IOptions<WorkflowOptions> options, TimeProvider time,
    ILogger<TimerSweepWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value.Timers;
        if (settings.SweepInterval <= TimeSpan.Zero)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                claimed = await scope.ServiceProvider.GetRequiredService<TimerSweeper>().SweepAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Sweeping due workflow timers failed");
            }
            if (claimed >= settings.BatchSize)
                continue;
            var (earliest, changed) = wakeup.Take();
            var wait = settings.SweepInterval;
            if (earliest is { } due && due - time.GetUtcNow() < wait)
                wait = due - time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
                continue;
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(Task.Delay(wait, time, cancel.Token), changed);
            await cancel.CancelAsync();
        }
    }
}
