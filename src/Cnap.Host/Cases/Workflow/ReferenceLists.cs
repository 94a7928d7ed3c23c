using Cnap.Activities.SelectLists;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Providers;
using Cnap.Host.Data;
using Cnap.Workflows.Activities;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Workflow;

/// <summary>The designer's dropdowns of real data: providers, unit codes, refusal grounds, read when asked.</summary>
internal sealed class ProviderList(IDbContextFactory<CnapDbContext> contexts) : IProviderList
{
    public async ValueTask<IReadOnlyList<SelectListItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var providers = await db.Set<Provider>().AsNoTracking().ToListAsync(cancellationToken);
        return providers.OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new SelectListItem($"{p.ShortName ?? p.Name} ({p.Edrpou.Value})", p.Edrpou.Value)).ToList();
    }
}

internal sealed class UnitCodeList(IDbContextFactory<CnapDbContext> contexts) : IUnitCodeList
{
    public async ValueTask<IReadOnlyList<SelectListItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var units = await db.Set<ProviderUnit>().AsNoTracking().Where(u => u.Code != null).ToListAsync(cancellationToken);
        return units.GroupBy(u => u.Code!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SelectListItem($"{g.Key} — {g.OrderBy(u => u.Name, StringComparer.Ordinal).First().Name}", g.Key)).ToList();
    }
}

internal sealed class RefusalGroundList(IDbContextFactory<CnapDbContext> contexts) : IRefusalGroundList
{
    public async ValueTask<IReadOnlyList<SelectListItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var services = await db.Set<AdministrativeService>().AsNoTracking().ToListAsync(cancellationToken);
        return services.SelectMany(s => s.RefusalGrounds).GroupBy(g => g.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SelectListItem($"{g.Key} — {g.First().Text}", g.Key)).ToList();
    }
}
