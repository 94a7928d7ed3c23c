using System.Security.Claims;
using Cnap.Host.Audit;
using Cnap.Workflows.Management;
using Mediator;

namespace Cnap.Host.TechnologicalCards.Library;

/// <summary>A new card started from another card's newest version, as a draft under a new id and name.</summary>
public sealed record DuplicateCard(string SourceDefinitionId, string Name, ClaimsPrincipal Actor) : ICommand<DefinitionSummary?>, IAuditedCommand
{
    public string DefinitionId { get; } = "card-" + Guid.NewGuid().ToString("N")[..12];

    public AuditRecord Audit => CardAudit.Of("duplicate", DefinitionId);
}

public sealed class DuplicateCardHandler(WorkflowDefinitionService definitions) : ICommandHandler<DuplicateCard, DefinitionSummary?>
{
    public async ValueTask<DefinitionSummary?> Handle(DuplicateCard command, CancellationToken cancellationToken)
    {
        var source = await definitions.GetAsync(command.SourceDefinitionId, null, cancellationToken);
        if (source is null)
            return null;
        var copy = source.Value.Json;
        foreach (var stamped in new[] { "id", "isLatest", "isPublished", "createdAt" })
            copy.Remove(stamped);
        copy["definitionId"] = command.DefinitionId;
        copy["name"] = command.Name.Trim();
        copy["version"] = 1;
        return await definitions.SaveDraftAsync(copy.ToJsonString(), cancellationToken);
    }
}
