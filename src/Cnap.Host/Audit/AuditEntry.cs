namespace Cnap.Host.Audit;

/// <summary>
/// One line of the trail (Law 2297-VI): who, in which role and organisation, did or viewed what, on which case, when
/// (UTC) and from where. Entries of a chain (one per centre) are hash-linked, so a changed or removed row shows.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>The centre's id, or <see cref="AuditChain.System"/> for what belongs to no centre.</summary>
    public string Chain { get; set; } = "";

    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public string? Role { get; set; }

    /// <summary>The actor's organisation as <c>Kind:id</c>, e.g. <c>Centre:…</c> or <c>Provider:…</c>.</summary>
    public string? Organisation { get; set; }

    public string Action { get; set; } = "";

    public Guid? CaseId { get; set; }

    public string? ResourceKind { get; set; }

    public string? ResourceId { get; set; }

    public string? RemoteAddress { get; set; }

    /// <summary>What changed, for changes worth reading back (a template's text before and after), as JSON.</summary>
    public string? Details { get; set; }

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}
