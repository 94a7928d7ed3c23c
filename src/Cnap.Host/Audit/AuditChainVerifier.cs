using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Audit;

/// <summary>
/// Recomputes every chain from its genesis. Called by the nightly job and on demand. Reads in pages, so a long trail
/// does not sit in memory; stops at the first broken entry (the one after it cannot be trusted either).
/// </summary>
public sealed class AuditChainVerifier(IDbContextFactory<CnapDbContext> contexts, ILogger<AuditChainVerifier> logger)
{
    private const int Page = 2000;

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chains = await db.Set<AuditEntry>().Select(e => e.Chain).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        long entries = 0;
        foreach (var chain in chains)
        {
            var (checkedCount, broken) = await VerifyChainAsync(db, chain, cancellationToken);
            entries += checkedCount;
            if (broken is not null)
            {
                logger.LogError("Audit chain {Chain} is broken at sequence {Sequence} (entry {EntryId}): {Problem}",
                    broken.Chain, broken.Sequence, broken.EntryId, broken.Problem);
                return new AuditVerification(chains.Count, entries, broken);
            }
        }
        logger.LogInformation("Audit trail verified: {Chains} chains, {Entries} entries intact", chains.Count, entries);
        return new AuditVerification(chains.Count, entries, null);
    }

    private static async Task<(long, BrokenAuditEntry?)> VerifyChainAsync(CnapDbContext db, string chain, CancellationToken cancellationToken)
    {
        var previousHash = AuditChain.Genesis;
        long expected = 1, count = 0;
        while (true)
        {
            var page = await db.Set<AuditEntry>().AsNoTracking()
                .Where(e => e.Chain == chain && e.Sequence >= expected)
                .OrderBy(e => e.Sequence).Take(Page).ToListAsync(cancellationToken);
            if (page.Count == 0)
                return (count, null);
            foreach (var entry in page)
            {
                count++;
                if (Problem(entry, expected, previousHash) is { } problem)
                    return (count, new BrokenAuditEntry(chain, entry.Sequence, entry.Id, problem));
                previousHash = entry.Hash;
                expected++;
            }
        }
    }

    private static string? Problem(AuditEntry entry, long expectedSequence, string previousHash)
    {
        if (entry.Sequence != expectedSequence)
            return $"entries {expectedSequence}..{entry.Sequence - 1} are missing";
        if (entry.PreviousHash != previousHash)
            return "its link to the previous entry does not match";
        if (AuditChain.HashOf(entry, entry.PreviousHash) != entry.Hash)
            return "its content does not match its hash";
        return null;
    }
}
