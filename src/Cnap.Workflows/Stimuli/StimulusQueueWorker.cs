using Cnap.Workflows.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Stimuli;

/// <summary>Polls the stimulus queue. (Issue 4 moves recurring work to Quartz; this keeps single-node hosts working.)</summary>
internal sealed class StimulusQueueWorker(IServiceScopeFactory scopes, IOptions<WorkflowOptions> options, TimeProvider time, ILogger<StimulusQueueWorker> logger)
    : ResilientBackgroundService(logger)
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.StimulusQueue.PollInterval;
        if (interval <= TimeSpan.Zero)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            await CappedDelay.WaitAsync(interval, time, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<StimulusQueueProcessor>().ProcessDueAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(e, "Processing the workflow stimulus queue failed");
            }
        }
    }
}
