using Quartz;

namespace Cnap.Host.Scheduling;

/// <summary>
/// Stores the jobs the features registered (replacing what an earlier start stored) and deletes the rest: the store is
/// persistent, and a job switched off in configuration would otherwise keep firing from the trigger an earlier start
/// stored. Runs after Quartz has built the scheduler and before the application has started.
/// </summary>
internal sealed class RecurringJobsRegistrar(ISchedulerFactory schedulers, IEnumerable<ScheduledJob> jobs) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var configured = jobs.ToDictionary(j => j.Name);
        foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(SchedulingSetup.JobGroup), cancellationToken))
        {
            if (!configured.ContainsKey(key.Name))
                await scheduler.DeleteJob(key, cancellationToken);
        }
        foreach (var job in configured.Values)
            await scheduler.ScheduleJob(job.Job(), [job.Trigger()], ScheduleJobOptions.Replacing, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
