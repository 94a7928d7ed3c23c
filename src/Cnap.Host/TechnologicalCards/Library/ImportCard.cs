using System.Security.Claims;
using Cnap.Host.Audit;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Management;
using Mediator;

namespace Cnap.Host.TechnologicalCards.Library;

/// <summary>
/// Imports an Elsa 3 JSON file: a card with the file's definition id gets it as its newest draft (as Elsa Studio
/// does), otherwise a new card starts. A malformed file throws <see cref="DefinitionFormatException"/> naming the
/// JSON path at fault; nothing is stored.
/// </summary>
public sealed record ImportCard(string Json, ClaimsPrincipal Actor) : ICommand<DefinitionSummary>, IAuditedCommand
{
    public AuditRecord Audit => CardAudit.Of("import", DefinitionIdOf(Json));

    private static string DefinitionIdOf(string json)
    {
        try
        {
            return DefinitionReader.Read(json).DefinitionId;
        }
        catch (DefinitionFormatException)
        {
            return "";
        }
    }
}

public sealed class ImportCardHandler(WorkflowDefinitionService definitions) : ICommandHandler<ImportCard, DefinitionSummary>
{
    public async ValueTask<DefinitionSummary> Handle(ImportCard command, CancellationToken cancellationToken) =>
        await definitions.SaveDraftAsync(command.Json, cancellationToken);
}
