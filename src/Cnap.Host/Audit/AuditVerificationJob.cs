using Cnap.Host.Data;
using Cnap.Host.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Audit;

/// <summary>Recomputes every audit hash chain once a night; the verifier reports a broken chain itself.</summary>
public sealed class AuditVerificationJob(
    AuditChainVerifier verifier, IDbContextFactory<CnapDbContext> contexts, TimeProvider clock, ILogger<AuditVerificationJob> logger)
    : RecurringJob(contexts, clock, logger)
{
    public const string Name = "audit-verification";

    protected override async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var result = await verifier.VerifyAsync(cancellationToken);
        // A broken chain is this run's failure: it is logged by the verifier and recorded as the run's error.
        if (result.FirstBroken is { } broken)
            throw new AuditChainBrokenException($"Audit chain {broken.Chain} is broken at sequence {broken.Sequence}: {broken.Problem}");
        return (int)Math.Min(result.Entries, int.MaxValue);
    }
}

public sealed class AuditChainBrokenException(string message) : Exception(message);
