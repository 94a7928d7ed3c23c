using System.Security.Claims;

namespace Cnap.Host.Audit;

public interface IAuditTrail
{
    /// <summary>Appends an entry to the chain of <see cref="AuditRecord.CentreId"/> (or of the actor's centre, or the system chain).</summary>
    Task<AuditEntry> RecordAsync(AuditRecord record, ClaimsPrincipal actor, CancellationToken cancellationToken);
}
