namespace Cnap.Host.Audit;

public sealed record AuditVerification(int Chains, long Entries, BrokenAuditEntry? FirstBroken)
{
    public bool IsIntact => FirstBroken is null;
}

/// <summary>The first entry whose chain no longer adds up, and why.</summary>
public sealed record BrokenAuditEntry(string Chain, long Sequence, long EntryId, string Problem);
