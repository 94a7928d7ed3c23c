using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cnap.Workflows.Management;
using Mediator;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>A card's version (the newest when <see cref="Version"/> is null) for the designer, with the stamp a later save is checked against.</summary>
public sealed record OpenCard(string DefinitionId, int? Version = null) : IQuery<OpenedCard?>;

/// <param name="Stamp">Identifies the stored text; a save based on another stamp means someone saved in between.</param>
public sealed record OpenedCard(DefinitionSummary Summary, JsonObject Json, string Stamp, IReadOnlyList<DefinitionSummary> Versions);

public sealed class OpenCardHandler(WorkflowDefinitionService definitions) : IQueryHandler<OpenCard, OpenedCard?>
{
    public async ValueTask<OpenedCard?> Handle(OpenCard query, CancellationToken cancellationToken) =>
        await ReadAsync(definitions, query.DefinitionId, query.Version, cancellationToken);

    public static async Task<OpenedCard?> ReadAsync(WorkflowDefinitionService definitions, string definitionId, int? version, CancellationToken cancellationToken)
    {
        var found = await definitions.GetAsync(definitionId, version, cancellationToken);
        if (found is null)
            return null;
        var versions = await definitions.VersionsAsync(definitionId, cancellationToken);
        return new OpenedCard(found.Value.Summary, found.Value.Json, StampOf(found.Value.Json), versions);
    }

    public static string StampOf(JsonObject json) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json.ToJsonString())))[..16];
}
