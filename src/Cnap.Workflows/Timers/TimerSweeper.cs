using Cnap.Workflows.Hosting;
using Cnap.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Timers;

/// <summary>
/// Fires due timers: claims a batch of due bookmarks (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, so several
/// nodes never claim the same row; a claim is a lease that expires if the node dies), commits the claim, then
/// resumes each through the normal idempotent path (<see cref="TimerFiring"/>) — a timer whose bookmark is gone does nothing.
/// </summary>
public sealed class TimerSweeper(WorkflowDbContext db, TimerFiring firing, IOptions<WorkflowOptions> options, TimeProvider time)
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteTime = new();

    /// <summary>Claims and fires one batch of due timers; returns how many were claimed (fired or found already gone).</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var ids = await ClaimAsync(cancellationToken);
        if (ids.Count > 0)
            await firing.FireAsync(ids, parallel: db.IsPostgres, cancellationToken);
        return ids.Count;
    }

    /// <summary>Sweeps batch after batch until one comes back short of a full batch (a backlog drains at full speed);
    /// returns how many were claimed in all.</summary>
    public async Task<int> SweepUntilDrainedAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        int claimed;
        do
        {
            claimed = await SweepAsync(cancellationToken);
            total += claimed;
        }
        while (claimed >= options.Value.Timers.BatchSize && !cancellationToken.IsCancellationRequested);
        return total;
    }

    private async Task<List<string>> ClaimAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.Timers;
        var now = time.GetUtcNow();
        var until = now + settings.ClaimLease;
        var sql = db.IsPostgres
            ? """
              UPDATE wf_bookmarks SET claimed_until = {0}
              WHERE id IN (SELECT id FROM wf_bookmarks WHERE due_at <= {1} AND (claimed_until IS NULL OR claimed_until < {1})
                           ORDER BY due_at LIMIT {2} FOR UPDATE SKIP LOCKED)
              RETURNING id AS "Value"
              """
            : """
              UPDATE wf_bookmarks SET claimed_until = {0}
              WHERE id IN (SELECT id FROM wf_bookmarks WHERE due_at <= {1} AND (claimed_until IS NULL OR claimed_until < {1})
                           ORDER BY due_at LIMIT {2})
              RETURNING id AS "Value"
              """;
        object[] parameters = db.IsPostgres
            ? [until, now, settings.BatchSize]
            : [SqliteTime.ConvertToProvider(until)!, SqliteTime.ConvertToProvider(now)!, settings.BatchSize];
        if (db.Context.Database.CurrentTransaction is not null)
            return await db.Context.Database.SqlQueryRaw<string>(sql, parameters).ToListAsync(cancellationToken);
        await using var transaction = await db.Context.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Context.Database.SqlQueryRaw<string>(sql, parameters).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }
}
