using Cnap.Host.Audit;

namespace Cnap.Host.TechnologicalCards;

/// <summary>How Studio commands name a card in the audit trail; the card list reads its last change and author from there.</summary>
public static class CardAudit
{
    public const string ResourceKind = "technological-card";

    public static AuditRecord Of(string action, string definitionId) =>
        new("card:" + action, ResourceKind: ResourceKind, ResourceId: definitionId);
}
