using Cnap.Domain.Catalogue;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Demo;

/// <summary>Names the demo providers for the standard services, locality by locality; a provision already there is kept.</summary>
internal sealed class DemoProvisionSeeder(ILogger<DemoProvisionSeeder> logger) : IStartupSeeder
{
    public int Order => DemoSeedOrder.Provisions;

    public bool IsDemoData => true;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var wanted = DemoProvisions.All().ToLookup(p => p.ServiceCode, p => p.Provision);
        var codes = wanted.Select(g => g.Key).ToList();
        var services = await db.Set<AdministrativeService>().Where(s => codes.Contains(s.Code)).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var service in services)
            foreach (var provision in wanted[service.Code])
                if (!service.Provisions.Any(p => p.ProviderId == provision.ProviderId && p.CommunityId == provision.CommunityId))
                {
                    service.AssignProvider(provision);
                    added++;
                }
        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
            logger.LogInformation("Demo: named providers for {Services} services ({Count} provisions)", services.Count, added);
    }
}
