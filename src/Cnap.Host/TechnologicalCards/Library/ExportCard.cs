using System.Text.Json;
using Cnap.Workflows.Management;
using Mediator;

namespace Cnap.Host.TechnologicalCards.Library;

/// <summary>A version's Elsa 3 JSON as a file (the newest when <see cref="Version"/> is null), as the API's export writes it.</summary>
public sealed record ExportCard(string DefinitionId, int? Version = null) : IQuery<CardFile?>;

public sealed record CardFile(string FileName, string Json);

public sealed class ExportCardHandler(WorkflowDefinitionService definitions) : IQueryHandler<ExportCard, CardFile?>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async ValueTask<CardFile?> Handle(ExportCard query, CancellationToken cancellationToken)
    {
        var found = await definitions.GetAsync(query.DefinitionId, query.Version, cancellationToken);
        return found is null ? null
            : new CardFile($"{query.DefinitionId}-v{found.Value.Summary.Version}.json", found.Value.Json.ToJsonString(Indented));
    }
}
