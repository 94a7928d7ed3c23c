using Cnap.Domain;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Notifications.Dispatch;

/// <summary>
/// Takes due entries under a lease in one short transaction. On PostgreSQL the rows are locked with
/// <c>FOR UPDATE SKIP LOCKED</c>, so dispatchers on several hosts take disjoint batches without waiting; SQLite has a
/// single writer and its transaction is taken immediately. Either way the entry's version column refuses a second claim.
/// </summary>
public sealed class OutboxClaims(IDbContextFactory<CnapDbContext> contexts, DispatchRules rules, TimeProvider clock, ILogger<OutboxClaims> logger)
{
    public async Task<IReadOnlyList<ClaimedEntry>> ClaimAsync(string owner, int batchSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.Now();
        var ids = db.Database.IsNpgsql()
            ? await LockDueIdsAsync(db, now, batchSize, cancellationToken)
            : await Due(db.Set<OutboxEntry>(), now).OrderBy(e => e.DueAt).Select(e => e.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return [];
        var entries = await db.Set<OutboxEntry>().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var claimed = new List<ClaimedEntry>();
        foreach (var entry in entries.OrderBy(e => e.DueAt))
        {
            var decision = entry.TryClaim(owner, now, rules);
            if (decision == ClaimDecision.Claimed)
                claimed.Add(ClaimedEntry.Of(entry));
            else if (decision != ClaimDecision.NotDue)
                logger.LogInformation("Notice {Entry}: {Decision}", entry.Id, decision);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogDebug("Another dispatcher claimed part of the batch first; this round takes none");
            return [];
        }
        return claimed;
    }

    private static IQueryable<OutboxEntry> Due(IQueryable<OutboxEntry> entries, DateTimeOffset now) =>
        entries.Where(e => ((e.Status == OutboxStatus.Created || e.Status == OutboxStatus.TemporaryFailure) && e.DueAt <= now)
                           || (e.Status == OutboxStatus.Sending && e.LeaseUntil <= now));

    private static async Task<List<Guid>> LockDueIdsAsync(CnapDbContext db, DateTimeOffset now, int batchSize, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(OutboxEntry))!;
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName()}\"";
        var status = Column(nameof(OutboxEntry.Status));
        var due = Column(nameof(OutboxEntry.DueAt));
        var sql = $$"""
            SELECT {{Column(nameof(OutboxEntry.Id))}} AS "Value"
            FROM "{{entity.GetTableName()}}"
            WHERE ({{status}} IN ('{{OutboxStatus.Created}}', '{{OutboxStatus.TemporaryFailure}}') AND {{due}} <= {0})
               OR ({{status}} = '{{OutboxStatus.Sending}}' AND {{Column(nameof(OutboxEntry.LeaseUntil))}} <= {0})
            ORDER BY {{due}}
            LIMIT {1}
            FOR UPDATE SKIP LOCKED
            """;
        return await db.Database.SqlQueryRaw<Guid>(sql, now.UtcDateTime, batchSize).ToListAsync(cancellationToken);
    }
}
