using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Cnap.Host.Queue.Tickets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Counters;

/// <summary>What an administrator's window screen shows: the centre's windows, the one they sit at, its current ticket and the queue.</summary>
public sealed record GetCounterDesk(Caller Caller, Guid CentreId) : IQuery<CounterDesk>;

public sealed record CounterDesk(
    IReadOnlyList<CounterLine> Counters, CounterLine? Mine, CurrentTicket? Current, IReadOnlyList<GroupLine> Groups);

public sealed record CounterLine(Guid Id, string Name, IReadOnlyList<Guid> GroupIds, string? StaffName, bool Open, bool Mine);

public sealed record CurrentTicket(Guid Id, string Label, Priority Priority, Guid ServiceGroupId, Guid? ServiceId, int Calls, DateTimeOffset CalledAt);

public sealed record GroupLine(Guid Id, string Letter, string Name, int Waiting, IReadOnlyList<Guid> ServiceIds);

public sealed class GetCounterDeskHandler(CnapDbContext db, QueueAccess access, TimeProvider clock) : IQueryHandler<GetCounterDesk, CounterDesk>
{
    public async ValueTask<CounterDesk> Handle(GetCounterDesk query, CancellationToken cancellationToken)
    {
        await access.EnsureAsync(query.Caller, query.CentreId, setUp: false, cancellationToken);
        var today = clock.Today();
        var counters = (await db.Set<Counter>().AsNoTracking().Where(c => c.CentreId == query.CentreId).OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(c => new CounterLine(c.Id, c.Name, c.GroupIds, c.IsOpenOn(today) ? c.StaffName : null, c.IsOpenOn(today),
                c.IsOpenOn(today) && c.StaffUserId == query.Caller.UserId))
            .ToList();
        var mine = counters.FirstOrDefault(c => c.Mine);
        var waiting = await db.Set<Ticket>().AsNoTracking().Where(t => t.CentreId == query.CentreId && t.Day == today && t.Status == TicketStatus.Waiting)
            .GroupBy(t => t.ServiceGroupId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var groups = (await db.Set<ServiceGroup>().AsNoTracking().Where(g => g.CentreId == query.CentreId).OrderBy(g => g.Letter).ToListAsync(cancellationToken))
            .Select(g => new GroupLine(g.Id, g.Letter, g.Name, waiting.GetValueOrDefault(g.Id), g.ServiceIds)).ToList();
        CurrentTicket? current = null;
        if (mine is not null)
        {
            var ticket = await db.Set<Ticket>().AsNoTracking()
                .Where(t => t.CounterId == mine.Id && t.Day == today && t.Status == TicketStatus.Called).OrderByDescending(t => t.CalledAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (ticket is not null)
            {
                var serviceId = ticket.AppointmentId is { } id
                    ? await db.Set<Booking.Appointment>().Where(a => a.Id == id).Select(a => (Guid?)a.ServiceId).FirstOrDefaultAsync(cancellationToken)
                    : null;
                current = new CurrentTicket(ticket.Id, ticket.Label, ticket.Priority, ticket.ServiceGroupId, serviceId, ticket.Calls, ticket.CalledAt!.Value);
            }
        }
        return new CounterDesk(counters, mine, current, groups);
    }
}
