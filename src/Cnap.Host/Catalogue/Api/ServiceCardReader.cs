using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Host.Data;
using Cnap.Workflows.Management;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Catalogue.Api;

/// <summary>A service's information card whole, with its providers and the published version of its technological card.</summary>
public sealed class ServiceCardReader(
    CnapDbContext db, WorkflowDefinitionService definitions, CatalogueReader catalogue, CatalogueWording wording)
{
    public async Task<ServiceCardResponse?> ReadAsync(string code, CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(code, cancellationToken) is not { } service)
            return null;
        var category = await db.Set<ServiceCategory>().AsNoTracking().FirstAsync(c => c.Id == service.CategoryId, cancellationToken);
        var card = service.Card;
        return new ServiceCardResponse(
            service.Code, service.RegisterCode, service.Name, new CategoryRefResponse(category.Code, category.Name),
            CatalogueWording.Code(service.Audience), wording.Audience(service.Audience), card.Description,
            card.Documents.Select(d => new DocumentResponse(d.Name, CatalogueWording.Code(d.Form), wording.Form(d.Form), d.IsMandatory, d.Requirements)).ToList(),
            card.Result, card.ReceiptMethods, card.ApplicationMethods, card.PaymentDetails,
            card.LegalActs.Select(a => new LegalActResponse(a.Title, a.Provision)).ToList(),
            service.Variants.OrderBy(v => v.Kind).Select(v => new VariantResponse(v.Code, v.Name, CatalogueWording.Code(v.Kind), wording.Term(v.Term), wording.Fee(v.Fee))).ToList(),
            service.RefusalGrounds.Select(g => new RefusalGroundResponse(g.Code, g.Text, g.LegalReference)).ToList(),
            card.AppealProcedure,
            await ProvidersAsync(service, cancellationToken),
            service.SilentConsentApplies, service.SuspensionAllowed, service.OnlineApplicationAllowed,
            await TechnologicalCardAsync(service, cancellationToken),
            service.EffectiveFrom, service.EffectiveTo);
    }

    private async Task<IReadOnlyList<ProviderResponse>> ProvidersAsync(AdministrativeService service, CancellationToken cancellationToken)
    {
        if (service.Provisions.Count == 0)
            return [];
        var providerIds = service.Provisions.Select(p => p.ProviderId).Distinct().ToList();
        var unitIds = service.Provisions.Select(p => p.UnitId).OfType<Guid>().Distinct().ToList();
        var communityIds = service.Provisions.Select(p => p.CommunityId).OfType<Guid>().Distinct().ToList();
        var providers = await db.Set<Provider>().AsNoTracking().Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var units = await db.Set<ProviderUnit>().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var communities = await db.Set<Community>().AsNoTracking().Where(c => communityIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return service.Provisions
            .Where(p => providers.ContainsKey(p.ProviderId))
            .Select(p => new ProviderResponse(
                p.ProviderId, providers[p.ProviderId].Name, providers[p.ProviderId].ShortName,
                p.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
                p.CommunityId is { } community ? communities.GetValueOrDefault(community) : null))
            .OrderBy(p => p.Community is not null).ThenBy(p => p.Community, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<TechnologicalCardResponse?> TechnologicalCardAsync(AdministrativeService service, CancellationToken cancellationToken)
    {
        if (service.TechnologicalCardId is not { } definitionId)
            return null;
        if (await definitions.PublishedAsync(definitionId, cancellationToken) is not { } published)
            return null;
        var version = published.Summary;
        return new TechnologicalCardResponse(version.DefinitionId, version.Name, version.Version, CardStages.Read(published.Definition, wording));
    }
}
