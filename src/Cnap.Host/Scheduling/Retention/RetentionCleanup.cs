using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Cnap.Host.Scheduling.Runs;
using Cnap.Workflows.Stimuli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Scheduling.Retention;

/// <summary>
/// Conservative clean-up of technical records past their retention period (docs/scheduling.md): finished notices lose
/// their address and text but keep the facts of what was sent when; dead-lettered workflow stimuli and old job runs go.
/// Cases, their timelines and documents, workflow journals and the audit trail are records of the administrative
/// procedure and are never touched here.
/// </summary>
public sealed class RetentionCleanup(IDbContextFactory<CnapDbContext> contexts, IServiceScopeFactory scopes, IOptions<SchedulingOptions> options, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var periods = options.Value.RetentionPeriods;
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var notices = await AnonymiseNoticesAsync(db, now - periods.NotificationContent, cancellationToken);
        int stimuli;
        await using (var scope = scopes.CreateAsyncScope())
            stimuli = await scope.ServiceProvider.GetRequiredService<StimulusQueueProcessor>().PurgeDeadLetteredAsync(now - periods.DeadLetteredStimuli, cancellationToken);
        var jobRuns = await db.Set<JobRun>().Where(r => r.StartedAt < now - periods.JobRuns).ExecuteDeleteAsync(cancellationToken);
        return notices + stimuli + jobRuns;
    }

    private static Task<int> AnonymiseNoticesAsync(CnapDbContext db, DateTimeOffset before, CancellationToken cancellationToken) =>
        db.Set<OutboxEntry>()
            .Where(e => (e.Status == OutboxStatus.Delivered || e.Status == OutboxStatus.PermanentFailure || e.Status == OutboxStatus.Skipped)
                        && e.UpdatedAt < before && e.Recipient != "")
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Recipient, "").SetProperty(e => e.Subject, (string?)null).SetProperty(e => e.Body, ""),
                cancellationToken);
}
