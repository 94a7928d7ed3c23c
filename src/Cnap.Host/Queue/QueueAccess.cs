using Cnap.Domain.Organisations;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue;

/// <summary>
/// A centre's queue is its staff's business: its administrators work its windows, its head sets it up; a regional head
/// sees the centres of their region, the system administrator all. Anyone else is told the centre does not exist.
/// </summary>
public sealed class QueueAccess(CnapDbContext db)
{
    public async Task EnsureAsync(Caller caller, Guid centreId, bool setUp, CancellationToken cancellationToken)
    {
        if (!await MayAsync(caller, centreId, setUp, cancellationToken))
            throw new QueueRefusal(RefusalReason.OtherCentre, $"Centre {centreId} does not exist.");
    }

    public async Task<bool> MayAsync(Caller caller, Guid centreId, bool setUp, CancellationToken cancellationToken)
    {
        if (caller.IsIn(CnapRoles.SystemAdmin))
            return true;
        if (caller.IsIn(CnapRoles.RegionalHead) && caller.Regions.Count > 0)
        {
            var region = await db.Set<ServiceCentre>().AsNoTracking().Where(c => c.Id == centreId).Select(c => (Guid?)c.RegionId).FirstOrDefaultAsync(cancellationToken);
            if (region is { } r && caller.Regions.Contains(r))
                return true;
        }
        if (!caller.Centres.Contains(centreId))
            return false;
        return caller.IsIn(CnapRoles.CentreHead) || (!setUp && caller.IsIn(CnapRoles.Administrator));
    }

    /// <summary>The centres whose queue the caller may work (or set up), by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, string Code)>> CentresAsync(Caller caller, bool setUp, CancellationToken cancellationToken)
    {
        var all = await db.Set<ServiceCentre>().AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.Code, c.RegionId }).ToListAsync(cancellationToken);
        var system = caller.IsIn(CnapRoles.SystemAdmin);
        var regional = caller.IsIn(CnapRoles.RegionalHead);
        var local = caller.IsIn(CnapRoles.CentreHead) || (!setUp && caller.IsIn(CnapRoles.Administrator));
        return all.Where(c => system || (regional && caller.Regions.Contains(c.RegionId)) || (local && caller.Centres.Contains(c.Id)))
            .Select(c => (c.Id, c.Name, c.Code)).ToList();
    }
}
