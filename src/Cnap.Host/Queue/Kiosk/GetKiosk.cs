using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Kiosk;

/// <summary>What a centre's kiosk offers: its service groups, each with the people waiting now.</summary>
public sealed record GetKiosk(string CentreCode) : IQuery<KioskView?>;

public sealed record KioskView(Guid CentreId, string CentreCode, string CentreName, IReadOnlyList<KioskGroup> Groups);

public sealed record KioskGroup(Guid Id, string Letter, string Name, int Waiting);

public sealed class GetKioskHandler(CnapDbContext db, TimeProvider clock) : IQueryHandler<GetKiosk, KioskView?>
{
    public async ValueTask<KioskView?> Handle(GetKiosk query, CancellationToken cancellationToken)
    {
        var centre = await db.Set<ServiceCentre>().AsNoTracking().Where(c => c.Code == query.CentreCode).Select(c => new { c.Id, c.Code, c.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (centre is null)
            return null;
        var today = clock.Today();
        var waiting = await db.Set<Tickets.Ticket>().AsNoTracking()
            .Where(t => t.CentreId == centre.Id && t.Day == today && t.Status == Tickets.TicketStatus.Waiting)
            .GroupBy(t => t.ServiceGroupId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var groups = await db.Set<ServiceGroup>().AsNoTracking().Where(g => g.CentreId == centre.Id).OrderBy(g => g.Letter).ToListAsync(cancellationToken);
        return new KioskView(centre.Id, centre.Code, centre.Name,
            groups.Select(g => new KioskGroup(g.Id, g.Letter, g.Name, waiting.GetValueOrDefault(g.Id))).ToList());
    }
}
