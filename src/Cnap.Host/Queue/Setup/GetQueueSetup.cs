using Cnap.Domain.Catalogue;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Setup;

/// <summary>Everything a head sets up for a centre's queue, and the services they can put in groups.</summary>
public sealed record GetQueueSetup(Caller Caller, Guid CentreId) : IQuery<QueueSetup>;

public sealed record QueueSetup(
    IReadOnlyList<ServiceGroup> Groups, IReadOnlyList<BookingRule> Rules, IReadOnlyList<Counter> Counters, IReadOnlyList<QueueClosedDay> ClosedDays,
    IReadOnlyList<(Guid Id, string Name)> Services);

public sealed class GetQueueSetupHandler(CnapDbContext db, QueueAccess access, TimeProvider clock) : IQueryHandler<GetQueueSetup, QueueSetup>
{
    public async ValueTask<QueueSetup> Handle(GetQueueSetup query, CancellationToken cancellationToken)
    {
        await access.EnsureAsync(query.Caller, query.CentreId, setUp: false, cancellationToken);
        var groups = await db.Set<ServiceGroup>().AsNoTracking().Where(g => g.CentreId == query.CentreId).OrderBy(g => g.Letter).ToListAsync(cancellationToken);
        var groupIds = groups.Select(g => g.Id).ToList();
        var rules = await db.Set<BookingRule>().AsNoTracking().Where(r => groupIds.Contains(r.ServiceGroupId)).ToListAsync(cancellationToken);
        var counters = await db.Set<Counter>().AsNoTracking().Where(c => c.CentreId == query.CentreId).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var today = clock.Today();
        var closed = await db.Set<QueueClosedDay>().AsNoTracking().Where(d => d.CentreId == query.CentreId && d.Date >= today)
            .OrderBy(d => d.Date).ToListAsync(cancellationToken);
        var services = (await db.Set<AdministrativeService>().AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .OrderBy(s => s.Name).Select(s => (s.Id, s.Name)).ToList();
        return new QueueSetup(groups, rules.OrderBy(r => ((int)r.Day + 6) % 7).ToList(), counters, closed, services);
    }
}
