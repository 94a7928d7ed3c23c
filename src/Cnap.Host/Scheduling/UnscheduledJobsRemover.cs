using Quartz;

namespace Cnap.Host.Scheduling;

/// <summary>
/// The store is persistent: a job switched off in configuration would otherwise keep firing from the trigger an earlier
/// start stored. Runs after Quartz has built the scheduler and before the application has started, so before any firing.
/// </summary>
internal sealed class UnscheduledJobsRemover(ISchedulerFactory schedulers, IReadOnlyCollection<string> configured) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(SchedulingSetup.JobGroup), cancellationToken))
        {
            if (!configured.Contains(key.Name))
                await scheduler.DeleteJob(key, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
