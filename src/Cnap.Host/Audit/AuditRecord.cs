namespace Cnap.Host.Audit;

/// <summary>What to record; who, when and from where are taken from the request.</summary>
public sealed record AuditRecord(string Action, Guid? CaseId = null, Guid? CentreId = null, string? ResourceKind = null, string? ResourceId = null,
    string? Details = null);
