using System.Text.Json.Nodes;
using Cnap.Domain.Catalogue;
using Cnap.Host.Data;
using Cnap.Workflows.Management;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.TechnologicalCards;

/// <summary>
/// Gives every service that has no technological card yet the published card that names its code (a card's
/// <c>customProperties["cnap:serviceCodes"]</c> lists register or catalogue codes), or the default card. Runs after
/// the catalogue is seeded; a card already chosen for a service is kept.
/// </summary>
internal sealed class ServiceCardLinker(WorkflowDefinitionService definitions, IOptions<TechnologicalCardOptions> options, ILogger<ServiceCardLinker> logger)
    : IStartupSeeder
{
    public const string ServiceCodesProperty = "cnap:serviceCodes";

    public int Order => 850;

    public bool IsDemoData => false;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var published = await definitions.ListPublishedAsync(cancellationToken);
        var known = published.Select(d => d.Summary.DefinitionId).ToHashSet(StringComparer.Ordinal);
        var byCode = CardsByServiceCode(published);
        var fallback = known.Contains(options.Value.DefaultCard) ? options.Value.DefaultCard : null;

        var services = await db.Set<AdministrativeService>().ToListAsync(cancellationToken);
        var linked = 0;
        foreach (var service in services.Where(s => s.TechnologicalCardId is null))
        {
            var card = (service.RegisterCode is { } register ? byCode.GetValueOrDefault(register) : null)
                ?? byCode.GetValueOrDefault(service.Code)
                ?? fallback;
            if (card is null)
                continue;
            service.PublishTechnologicalCard(card);
            linked++;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (linked > 0)
            logger.LogInformation("Technological cards: linked {Count} services to their published cards", linked);
        foreach (var orphan in services.Where(s => s.TechnologicalCardId is { } id && !known.Contains(id)))
            logger.LogWarning("Service {Code} names technological card {Card}, which has no published version: its cases cannot be registered",
                orphan.Code, orphan.TechnologicalCardId);
    }

    private static Dictionary<string, string> CardsByServiceCode(IEnumerable<PublishedDefinition> published)
    {
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var card in published.OrderBy(d => d.Summary.DefinitionId, StringComparer.Ordinal))
        {
            var codes = card.Definition.Document["customProperties"]?[ServiceCodesProperty] as JsonArray ?? [];
            foreach (var code in codes.Select(c => c?.GetValue<string>()).OfType<string>())
                byCode.TryAdd(code, card.Summary.DefinitionId);
        }
        return byCode;
    }
}
