using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cnap.Workflows.Hosting;

/// <summary>
/// A background loop that outlives its own faults. An exception escaping <see cref="BackgroundService.ExecuteAsync"/>
/// stops the whole host by default, so one bad wait or one unexpected error in a sweep would take every surface down;
/// here it is logged and the loop starts again after a pause that grows while it keeps failing.
/// </summary>
public abstract class ResilientBackgroundService(ILogger logger) : BackgroundService
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(1);

    /// <summary>The loop; returning ends the service, throwing restarts it.</summary>
    protected abstract Task RunAsync(CancellationToken stoppingToken);

    /// <summary>Real time between restarts: it keeps a failing database from being hammered, whatever the application's clock says.</summary>
    protected virtual TimeSpan PauseAfter(int failures) =>
        TimeSpan.FromTicks(Math.Min(LongestPause.Ticks, FirstPause.Ticks << Math.Min(failures - 1, 16)));

    /// <inheritdoc />
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                var pause = PauseAfter(++failures);
                logger.LogError(e, "Background service {Service} failed; restarting it in {Pause}", GetType().Name, pause);
                try
                {
                    await Task.Delay(pause, TimeProvider.System, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
