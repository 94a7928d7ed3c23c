using Cnap.Host.Data;
using Cnap.Host.Scheduling.Runs;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Cnap.Host.Scheduling;

/// <summary>
/// A job Quartz fires on a schedule, once per firing across the cluster (the store is clustered and the job refuses
/// concurrent execution). Every run of a daily job, and every failure of any job, is recorded in <see cref="JobRun"/>.
/// </summary>
[DisallowConcurrentExecution]
public abstract class RecurringJob(IDbContextFactory<CnapDbContext> contexts, TimeProvider clock, ILogger logger) : IJob
{
    /// <summary>False for jobs that fire every few seconds: only their failures are recorded, or the record would flood.</summary>
    protected virtual bool RecordsSuccessfulRuns => true;

    protected abstract Task<int> RunAsync(CancellationToken cancellationToken);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        int items = 0;
        string? error = null;
        try
        {
            items = await RunAsync(cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Scheduled job {Job} failed", context.JobDetail.Key.Name);
            error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
        }
        if (error is null && !RecordsSuccessfulRuns)
            return;
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        db.Set<JobRun>().Add(new JobRun
        {
            Job = context.JobDetail.Key.Name, ScheduledAt = context.ScheduledFireTimeUtc ?? context.FireTimeUtc, StartedAt = started,
            FinishedAt = clock.GetUtcNow(), Node = context.Scheduler.SchedulerInstanceId, Items = items, Error = error,
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
