using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Host.Catalogue.Api;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Registration;

/// <summary>
/// The services a centre can register, found by name or code, those it registered most in the last 90 days first,
/// each with its variants, the providers serving the centre's community and the documents its information card lists.
/// </summary>
public sealed record GetIntakeServices(Guid CentreId, string? Text) : IQuery<IReadOnlyList<IntakeService>>;

public sealed record IntakeService(
    Guid Id, string Code, string Name, int RecentCount, IReadOnlyList<IntakeVariant> Variants, IReadOnlyList<Choice> Providers,
    IReadOnlyList<IntakeDocument> Documents);

public sealed record IntakeVariant(string Code, string Name, string Term, string Fee, bool IsNormal);

public sealed record IntakeDocument(string Name, DocumentForm Form, bool IsMandatory, string? Requirements);

public sealed record Choice(Guid Id, string Name);

public sealed class GetIntakeServicesHandler(CnapDbContext db, CatalogueWording wording, TimeProvider clock)
    : IQueryHandler<GetIntakeServices, IReadOnlyList<IntakeService>>
{
    public async ValueTask<IReadOnlyList<IntakeService>> Handle(GetIntakeServices query, CancellationToken cancellationToken)
    {
        var centre = await db.Set<ServiceCentre>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.CentreId, cancellationToken);
        if (centre is null)
            return [];
        var since = clock.GetUtcNow().AddDays(-90);
        var recent = await db.Set<Case>().AsNoTracking().Where(c => c.CentreId == centre.Id && c.RegisteredAt >= since)
            .GroupBy(c => c.ServiceId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var services = (await db.Set<AdministrativeService>().AsNoTracking().Where(s => s.TechnologicalCardId != null).ToListAsync(cancellationToken))
            .Where(s => s.ProvisionsFor(centre.CommunityId).Any());
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            services = services.Where(s => s.Name.Contains(text, StringComparison.CurrentCultureIgnoreCase)
                || s.Code.Contains(text, StringComparison.OrdinalIgnoreCase) || (s.RegisterCode?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false));
        }
        var chosen = services.OrderByDescending(s => recent.GetValueOrDefault(s.Id)).ThenBy(s => s.Name, StringComparer.CurrentCulture).Take(20).ToList();
        var providerIds = chosen.SelectMany(s => s.ProvisionsFor(centre.CommunityId)).Select(p => p.ProviderId).Distinct().ToList();
        var providers = await db.Set<Provider>().AsNoTracking().Where(p => providerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return chosen.Select(s => new IntakeService(
            s.Id, s.Code, s.Name, recent.GetValueOrDefault(s.Id),
            s.Variants.OrderBy(v => v.Kind).Select(v => new IntakeVariant(v.Code, v.Name, wording.TermText(v.Term), wording.FeeText(v.Fee), v.Kind == VariantKind.Normal)).ToList(),
            s.ProvisionsFor(centre.CommunityId).Select(p => p.ProviderId).Distinct().Select(id => new Choice(id, providers.GetValueOrDefault(id) ?? "")).ToList(),
            s.Card.Documents.Select(d => new IntakeDocument(d.Name, d.Form, d.IsMandatory, d.Requirements)).ToList())).ToList();
    }
}
