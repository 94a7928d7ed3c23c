using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Tickets;

/// <summary>A ticket as printed: its number, group, place in the queue and expected wait now.</summary>
public sealed record GetTicket(Guid TicketId) : IQuery<TicketView?>;

public sealed record TicketView(Guid Id, Guid CentreId, string Label, string GroupName, TicketStatus Status, DateTimeOffset IssuedAt, int Ahead,
    int ExpectedWaitMinutes, Priority Priority, bool Booked, string? CounterName);

public sealed class GetTicketHandler(CnapDbContext db, WaitEstimate estimate) : IQueryHandler<GetTicket, TicketView?>
{
    public async ValueTask<TicketView?> Handle(GetTicket query, CancellationToken cancellationToken)
    {
        var ticket = await db.Set<Ticket>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.TicketId, cancellationToken);
        if (ticket is null)
            return null;
        var group = await db.Set<ServiceGroup>().AsNoTracking().Where(g => g.Id == ticket.ServiceGroupId).Select(g => g.Name).FirstAsync(cancellationToken);
        var (ahead, minutes) = ticket.Status == TicketStatus.Waiting ? await estimate.ForAsync(ticket, cancellationToken) : (0, 0);
        return new TicketView(ticket.Id, ticket.CentreId, ticket.Label, group, ticket.Status, ticket.IssuedAt, ahead, minutes, ticket.Priority,
            ticket.AppointmentId is not null, ticket.CounterName);
    }
}
