using Cnap.Domain.Catalogue;
using Cnap.Host.Catalogue.Seed;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Catalogue;

/// <summary>
/// Adds the standard catalogue's categories and services that are missing, by code. It is reference data, seeded in
/// production too: the services are national, and a methodologist edits or retires them instead of typing 40 cards.
/// An existing service is never overwritten, and a retired one stays retired. Who provides a service where is local,
/// so provisions are not part of it (the demo seed sets them for its organisations).
/// </summary>
internal sealed class CatalogueSeeder(ILogger<CatalogueSeeder> logger) : IStartupSeeder
{
    /// <summary>Before the technological cards are linked to services (850).</summary>
    public int Order => 50;

    public bool IsDemoData => false;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await AddMissingAsync(db, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node seeding at the same moment won the race; what it inserted is now visible.
            db.ChangeTracker.Clear();
            await AddMissingAsync(db, cancellationToken);
        }
    }

    private async Task AddMissingAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var categories = await db.Set<ServiceCategory>().ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var ((code, name), order) in Categories.All.Select((c, i) => (c, i)))
            if (!categories.ContainsKey(code))
                db.Add(categories[code] = new ServiceCategory(SeedIds.For("category", code), code, name, (order + 1) * 10));

        var existing = await db.Set<AdministrativeService>().IgnoreAutoIncludes().Select(s => s.Code).ToListAsync(cancellationToken);
        var missing = StandardCatalogue.Services().Where(s => !existing.Contains(s.Code)).ToList();
        foreach (var seed in missing)
            db.Add(seed.Build(categories[seed.Category].Id, Texts.EffectiveFrom));
        await db.SaveChangesAsync(cancellationToken);
        if (missing.Count > 0)
            logger.LogInformation("Catalogue: added {Count} standard services", missing.Count);
    }
}
