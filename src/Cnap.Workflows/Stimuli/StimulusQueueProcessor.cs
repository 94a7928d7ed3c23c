using System.Text.Json.Nodes;
using Cnap.Workflows.Hosting;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Stimuli;

/// <summary>
/// Retries stimuli that matched nothing when they arrived (their bookmark was not committed yet), with doubling
/// delays; after <see cref="StimulusQueueOptions.MaxAttempts"/> a stimulus is dead-lettered (kept, never retried).
/// </summary>
public sealed class StimulusQueueProcessor(WorkflowDbContext db, IWorkflowRuntime runtime, IOptions<WorkflowOptions> options, TimeProvider time)
{
    /// <summary>Delivers due stimuli; returns how many were delivered (matched something).</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value.StimulusQueue;
        var now = time.GetUtcNow();
        var due = await db.Stimuli.AsNoTracking()
            .Where(s => s.DeadLetteredAt == null && s.NextAttemptAt <= now)
            .OrderBy(s => s.NextAttemptAt).Take(settings.BatchSize).Select(s => s.Id).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var id in due)
        {
            if (await ProcessOneAsync(id, settings, cancellationToken))
                delivered++;
        }
        return delivered;
    }

    /// <summary>Deletes stimuli dead-lettered before <paramref name="before"/> (a retention period has passed); returns how many.</summary>
    public Task<int> PurgeDeadLetteredAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        db.Stimuli.Where(s => s.DeadLetteredAt != null && s.DeadLetteredAt < before).ExecuteDeleteAsync(cancellationToken);

    private async Task<bool> ProcessOneAsync(string id, StimulusQueueOptions settings, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Context.Database.BeginTransactionAsync(cancellationToken);
        const string sql = "SELECT * FROM wf_stimuli WHERE id = {0} AND dead_lettered_at IS NULL";
        var record = await db.Stimuli.FromSqlRaw(db.IsPostgres ? sql + " FOR UPDATE SKIP LOCKED" : sql, id)
            .AsTracking().FirstOrDefaultAsync(cancellationToken);
        if (record is null)
            return false;
        var stimulus = new Stimulus(record.Name, record.Payload is null ? null : JsonNode.Parse(record.Payload) as JsonObject,
            record.Input is null ? null : JsonNode.Parse(record.Input));
        var (resumed, started) = await ((WorkflowRuntime)runtime).DeliverAsync(stimulus, cancellationToken);
        var matched = resumed.Any(r => r.Outcome == ResumeOutcome.Resumed) || started.Count > 0;
        var now = time.GetUtcNow();
        if (matched)
        {
            db.Stimuli.Remove(record);
        }
        else
        {
            record.Attempts++;
            if (record.Attempts >= settings.MaxAttempts)
                record.DeadLetteredAt = now;
            else
                record.NextAttemptAt = now + settings.FirstRetryDelay * Math.Pow(2, record.Attempts - 1);
        }
        await db.Context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return matched;
    }
}
