using System.Security.Claims;
using Cnap.Host.Audit;
using Cnap.Workflows.Management;
using Mediator;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>Withdraws the published version: no new case starts on the card; running ones continue.</summary>
public sealed record RetractCard(string DefinitionId, ClaimsPrincipal Actor) : ICommand<DefinitionSummary?>, IAuditedCommand
{
    public AuditRecord Audit => CardAudit.Of("retract", DefinitionId);
}

public sealed class RetractCardHandler(WorkflowDefinitionService definitions) : ICommandHandler<RetractCard, DefinitionSummary?>
{
    public async ValueTask<DefinitionSummary?> Handle(RetractCard command, CancellationToken cancellationToken) =>
        await definitions.RetractAsync(command.DefinitionId, cancellationToken);
}
