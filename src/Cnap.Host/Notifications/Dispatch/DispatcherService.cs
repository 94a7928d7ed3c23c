using Cnap.Workflows.Hosting;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Notifications.Dispatch;

/// <summary>The background loop until Quartz takes over: a round every poll interval, at once again while batches are full.</summary>
internal sealed class DispatcherService(
    NotificationDispatcher dispatcher, IOptionsMonitor<NotificationOptions> options, TimeProvider clock, ILogger<DispatcherService> logger)
    : ResilientBackgroundService(logger)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        // Let start-up (migrations, seeding) finish before the first claim.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue.Dispatcher;
            try
            {
                var report = await dispatcher.DispatchDueAsync(stoppingToken);
                if (report.Claimed >= settings.BatchSize)
                    continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Notification dispatch round failed; next round in {Interval}", settings.PollInterval);
            }
            try
            {
                await CappedDelay.WaitAsync(settings.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
