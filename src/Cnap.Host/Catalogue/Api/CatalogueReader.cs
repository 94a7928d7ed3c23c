using System.Globalization;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Catalogue.Api;

/// <summary>
/// The public catalogue: services in force today (Kyiv time), by category order then name. The whole catalogue is a
/// few hundred rows, so it is read at once and filtered in memory (see <see cref="ServiceSearch"/>).
/// </summary>
public sealed class CatalogueReader(CnapDbContext db, CatalogueWording wording, TimeProvider clock)
{
    private static readonly StringComparer UkrainianOrder = StringComparer.Create(CultureInfo.GetCultureInfo("uk"), ignoreCase: true);

    public async Task<IReadOnlyList<CategoryResponse>> CategoriesAsync(CancellationToken cancellationToken)
    {
        var categories = await db.Set<ServiceCategory>().AsNoTracking().OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var services = await InForceAsync(cancellationToken);
        return categories.Select(c => new CategoryResponse(c.Code, c.Name, services.Count(s => s.CategoryId == c.Id))).ToList();
    }

    /// <param name="audience">Services for both audiences count as services for each.</param>
    public async Task<IReadOnlyList<ServiceSummaryResponse>> SearchAsync(
        ServiceSearch search, string? category, Audience? audience, CancellationToken cancellationToken)
    {
        var categories = await db.Set<ServiceCategory>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var services = await InForceAsync(cancellationToken);
        return services
            .Where(s => string.IsNullOrWhiteSpace(category) || string.Equals(categories[s.CategoryId].Code, category.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(s => audience is null || s.Audience == audience || s.Audience == Audience.CitizensAndBusiness)
            .Where(search.Matches)
            .OrderBy(s => categories[s.CategoryId].Order).ThenBy(s => s.Name, UkrainianOrder)
            .Select(s => Summary(s, categories[s.CategoryId].Code))
            .ToList();
    }

    public async Task<AdministrativeService?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var trimmed = code.Trim();
        var service = await db.Set<AdministrativeService>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == trimmed, cancellationToken);
        return service is not null && service.IsEffectiveOn(Today()) ? service : null;
    }

    private ServiceSummaryResponse Summary(AdministrativeService service, string category)
    {
        var normal = service.Variants.FirstOrDefault(v => v.Kind == VariantKind.Normal) ?? service.Variants[0];
        return new ServiceSummaryResponse(
            service.Code, service.RegisterCode, service.Name, category, CatalogueWording.Code(service.Audience),
            wording.Term(normal.Term), wording.Fee(normal.Fee), service.Variants.Any(v => v.Kind == VariantKind.Urgent),
            service.SilentConsentApplies, service.OnlineApplicationAllowed);
    }

    private async Task<List<AdministrativeService>> InForceAsync(CancellationToken cancellationToken)
    {
        var today = Today();
        var services = await db.Set<AdministrativeService>().AsNoTracking().ToListAsync(cancellationToken);
        return services.Where(s => s.IsEffectiveOn(today) && s.Variants.Count > 0).ToList();
    }

    private DateOnly Today() => UkraineTime.LocalDate(clock.GetUtcNow());
}
