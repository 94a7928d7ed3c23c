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
            ? await LockIdsAsync(db, SendDueSql, [now.UtcDateTime, batchSize], cancellationToken)
            : await Due(db.Set<OutboxEntry>(), now).OrderBy(e => e.DueAt).Select(e => e.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return [];
        var entries = await db.Set<OutboxEntry>().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var withdrawn = await CaseStanding.WithdrawnAsync(db, entries, cancellationToken);
        var claimed = new List<ClaimedEntry>();
        foreach (var entry in entries.OrderBy(e => e.DueAt))
        {
            var decision = entry.TryClaim(owner, now, rules, withdrawn.GetValueOrDefault(entry.Id));
            if (decision == ClaimDecision.Claimed)
                claimed.Add(ClaimedEntry.Of(entry));
            else if (decision != ClaimDecision.NotDue)
                logger.LogInformation("Notice {Entry}: {Decision}", entry.Id, decision);
        }
        return await CommitAsync(db, transaction, claimed, cancellationToken);
    }

    /// <summary>Sent SMS of <paramref name="gateway"/> whose receipt is overdue, each held by this owner for one status query.</summary>
    public async Task<IReadOnlyList<ClaimedEntry>> ClaimStatusQueriesAsync(
        string owner, string gateway, int batchSize, TimeSpan interval, TimeSpan queryUntil, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.Now();
        var sentAfter = now - queryUntil;
        var ids = db.Database.IsNpgsql()
            ? await LockIdsAsync(db, StatusQueryDueSql, [now.UtcDateTime, batchSize, gateway, sentAfter.UtcDateTime], cancellationToken)
            : await StatusQueryDue(db.Set<OutboxEntry>(), gateway, now, sentAfter)
                .OrderBy(e => e.DueAt).Select(e => e.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return [];
        var entries = await db.Set<OutboxEntry>().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken);
        var claimed = entries.Where(e => e.TryClaimStatusQuery(owner, now, rules.Lease, interval)).Select(ClaimedEntry.Of).ToList();
        return await CommitAsync(db, transaction, claimed, cancellationToken);
    }

    private async Task<IReadOnlyList<ClaimedEntry>> CommitAsync(
        CnapDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, List<ClaimedEntry> claimed,
        CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogDebug("Another dispatcher or a receipt changed part of the batch first; this round takes none");
            return [];
        }
        return claimed;
    }

    private static IQueryable<OutboxEntry> Due(IQueryable<OutboxEntry> entries, DateTimeOffset now) =>
        entries.Where(e => ((e.Status == OutboxStatus.Created || e.Status == OutboxStatus.TemporaryFailure) && e.DueAt <= now)
                           || (e.Status == OutboxStatus.Sending && e.LeaseUntil <= now));

    private static IQueryable<OutboxEntry> StatusQueryDue(IQueryable<OutboxEntry> entries, string gateway, DateTimeOffset now, DateTimeOffset sentAfter) =>
        entries.Where(e => e.Status == OutboxStatus.Sent && e.Channel == NotificationChannel.Sms && e.Gateway == gateway
                           && e.GatewayMessageId != null && e.DueAt <= now && e.SentAt > sentAfter
                           && (e.LeaseUntil == null || e.LeaseUntil <= now));

    private static string SendDueSql(Func<string, string> column) => $$"""
        ({{column(nameof(OutboxEntry.Status))}} IN ('{{OutboxStatus.Created}}', '{{OutboxStatus.TemporaryFailure}}') AND {{column(nameof(OutboxEntry.DueAt))}} <= {0})
           OR ({{column(nameof(OutboxEntry.Status))}} = '{{OutboxStatus.Sending}}' AND {{column(nameof(OutboxEntry.LeaseUntil))}} <= {0})
        """;

    private static string StatusQueryDueSql(Func<string, string> column) => $$"""
        {{column(nameof(OutboxEntry.Status))}} = '{{OutboxStatus.Sent}}' AND {{column(nameof(OutboxEntry.Channel))}} = '{{NotificationChannel.Sms}}'
           AND {{column(nameof(OutboxEntry.Gateway))}} = {2} AND {{column(nameof(OutboxEntry.GatewayMessageId))}} IS NOT NULL
           AND {{column(nameof(OutboxEntry.DueAt))}} <= {0} AND {{column(nameof(OutboxEntry.SentAt))}} > {3}
           AND ({{column(nameof(OutboxEntry.LeaseUntil))}} IS NULL OR {{column(nameof(OutboxEntry.LeaseUntil))}} <= {0})
        """;

    /// <summary>{0} now, {1} the batch size, then the filter's own values.</summary>
    private static async Task<List<Guid>> LockIdsAsync(
        CnapDbContext db, Func<Func<string, string>, string> where, object[] parameters, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(OutboxEntry))!;
        string Column(string property) => $"\"{entity.FindProperty(property)!.GetColumnName()}\"";
        var sql = $$"""
            SELECT {{Column(nameof(OutboxEntry.Id))}} AS "Value"
            FROM "{{entity.GetTableName()}}"
            WHERE {{where(Column)}}
            ORDER BY {{Column(nameof(OutboxEntry.DueAt))}}
            LIMIT {1}
            FOR UPDATE SKIP LOCKED
            """;
        return await db.Database.SqlQueryRaw<Guid>(sql, parameters).ToListAsync(cancellationToken);
    }
}
