using System.Security.Claims;
using System.Text.Json.Nodes;
using Cnap.Host.Audit;
using Cnap.Workflows.Management;
using Mediator;

namespace Cnap.Host.TechnologicalCards.Library;

/// <summary>A new card: a draft with only its start, for the methodologist to draw on.</summary>
public sealed record CreateCard(string Name, ClaimsPrincipal Actor) : ICommand<DefinitionSummary>, IAuditedCommand
{
    public string DefinitionId { get; } = "card-" + Guid.NewGuid().ToString("N")[..12];

    public AuditRecord Audit => CardAudit.Of("create", DefinitionId);
}

public sealed class CreateCardHandler(WorkflowDefinitionService definitions) : ICommandHandler<CreateCard, DefinitionSummary>
{
    public async ValueTask<DefinitionSummary> Handle(CreateCard command, CancellationToken cancellationToken)
    {
        var document = new JsonObject
        {
            ["definitionId"] = command.DefinitionId,
            ["name"] = command.Name.Trim(),
            ["version"] = 1,
            ["variables"] = new JsonArray(),
            ["customProperties"] = new JsonObject { ["cnap:serviceCodes"] = new JsonArray() },
            ["root"] = new JsonObject
            {
                ["id"] = "Flowchart1",
                ["type"] = "Elsa.Flowchart",
                ["version"] = 1,
                ["activities"] = new JsonArray(new JsonObject
                {
                    ["id"] = "Start",
                    ["name"] = "Start",
                    ["type"] = "Elsa.Start",
                    ["version"] = 1,
                    ["customProperties"] = new JsonObject(),
                    ["metadata"] = new JsonObject { ["designer"] = new JsonObject { ["position"] = new JsonObject { ["x"] = 0, ["y"] = 0 } } },
                }),
                ["connections"] = new JsonArray(),
            },
        };
        return await definitions.SaveDraftAsync(document.ToJsonString(), cancellationToken);
    }
}
