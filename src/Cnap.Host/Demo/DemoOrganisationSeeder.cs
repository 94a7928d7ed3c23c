using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Demo;

/// <summary>The demo region, its communities and centres, and the providers with units and officers; adds what is missing.</summary>
internal sealed class DemoOrganisationSeeder(ILogger<DemoOrganisationSeeder> logger) : IStartupSeeder
{
    public int Order => DemoSeedOrder.Organisations;

    public bool IsDemoData => true;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var region = DemoPlaces.Region;
        var added = await AddMissingAsync(db, [region], cancellationToken)
            + await AddMissingAsync(db, DemoPlaces.Communities.Values, cancellationToken)
            + await AddMissingAsync(db, DemoPlaces.Centres(), cancellationToken)
            + await AddMissingAsync(db, DemoProviders.All.Select(p => p.Build(region.Id)), cancellationToken)
            + await AddMissingAsync(db, DemoProviders.All.SelectMany(p => p.BuildUnits()), cancellationToken)
            + await AddMissingAsync(db, DemoProviders.All.SelectMany(p => p.BuildOfficers()), cancellationToken);
        if (added > 0)
            logger.LogInformation("Demo: added {Count} organisations, units and officers", added);
    }

    /// <summary>Saved type by type: the foreign keys run region → community → centre, provider → unit → officer.</summary>
    private static async Task<int> AddMissingAsync<T>(CnapDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        var all = rows.ToList();
        var ids = all.Select(Id).ToList();
        var existing = await db.Set<T>().Where(r => ids.Contains(EF.Property<Guid>(r, "Id"))).Select(r => EF.Property<Guid>(r, "Id"))
            .ToListAsync(cancellationToken);
        var missing = all.Where(r => !existing.Contains(Id(r))).ToList();
        db.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    private static Guid Id(object row) => row switch
    {
        Region r => r.Id,
        Community c => c.Id,
        ServiceCentre c => c.Id,
        Provider p => p.Id,
        ProviderUnit u => u.Id,
        ProviderOfficer o => o.Id,
        _ => throw new ArgumentOutOfRangeException(nameof(row), row.GetType().Name, null),
    };
}
