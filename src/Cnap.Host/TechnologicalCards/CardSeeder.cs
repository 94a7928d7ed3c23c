using Cnap.Host.Data;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Management;
using Microsoft.Extensions.Options;

namespace Cnap.Host.TechnologicalCards;

/// <summary>
/// Imports every shipped card (workflows/*.json) through the engine's definition service and publishes it. A card is
/// imported once, when its definition id is new: from then on the Studio owns it, and a methodologist's versions are
/// never overwritten by the files.
/// </summary>
internal sealed class CardSeeder(
    WorkflowDefinitionService definitions, IOptions<TechnologicalCardOptions> options, ILogger<CardSeeder> logger)
    : IStartupSeeder
{
    public int Order => 100;

    public bool IsDemoData => false;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var folder = options.Value.ResolvedFolder;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Technological cards: folder {Folder} does not exist; no card was imported", folder);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            await ImportAsync(file, cancellationToken);
    }

    private async Task ImportAsync(string file, CancellationToken cancellationToken)
    {
        var json = await File.ReadAllTextAsync(file, cancellationToken);
        var definitionId = DefinitionReader.Read(json).DefinitionId;
        if (await definitions.ExistsAsync(definitionId, cancellationToken))
            return;
        await definitions.SaveDraftAsync(json, cancellationToken);
        var published = await definitions.PublishAsync(definitionId, cancellationToken);
        if (published.Errors.Count > 0)
            logger.LogError("Technological card {File} ({DefinitionId}) was imported as a draft but cannot be published: {Errors}",
                Path.GetFileName(file), definitionId, string.Join("; ", published.Errors.Select(e => e.Message)));
        else
            logger.LogInformation("Technological card {DefinitionId} imported from {File} and published", definitionId, Path.GetFileName(file));
    }
}
