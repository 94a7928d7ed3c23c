using System.Security.Claims;
using Cnap.Host.Audit;
using Cnap.Workflows.Management;
using Mediator;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>Publishes the card's newest version (new cases run on it); the engine's validation errors come back when it refuses.</summary>
public sealed record PublishCard(string DefinitionId, ClaimsPrincipal Actor) : ICommand<PublishResult>, IAuditedCommand
{
    public AuditRecord Audit => CardAudit.Of("publish", DefinitionId);
}

public sealed class PublishCardHandler(WorkflowDefinitionService definitions) : ICommandHandler<PublishCard, PublishResult>
{
    public async ValueTask<PublishResult> Handle(PublishCard command, CancellationToken cancellationToken) =>
        await definitions.PublishAsync(command.DefinitionId, cancellationToken);
}
