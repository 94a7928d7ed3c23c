using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Cnap.Host.Queue.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Counters;

/// <summary>Only the person sitting at a window today works its queue; a ticket is worked from the window that called it.</summary>
public sealed class CounterGuard(CnapDbContext db, QueueAccess access, TimeProvider clock)
{
    public async Task<Counter> MineAsync(Caller caller, Guid counterId, CancellationToken cancellationToken)
    {
        var counter = await db.Set<Counter>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == counterId, cancellationToken)
            ?? throw new QueueRefusal(RefusalReason.NotFound, $"Window {counterId} does not exist.");
        await access.EnsureAsync(caller, counter.CentreId, setUp: false, cancellationToken);
        if (!counter.IsOpenOn(clock.Today()) || counter.StaffUserId != caller.UserId)
            throw new QueueRefusal(RefusalReason.NoStaffedCounter, $"You do not sit at {counter.Name} today: take the window first.");
        return counter;
    }

    public async Task<Ticket> TicketAsync(Caller caller, Guid ticketId, CancellationToken cancellationToken)
    {
        var ticket = await db.Set<Ticket>().FirstOrDefaultAsync(t => t.Id == ticketId, cancellationToken)
            ?? throw new QueueRefusal(RefusalReason.NotFound, $"Ticket {ticketId} does not exist.");
        await access.EnsureAsync(caller, ticket.CentreId, setUp: false, cancellationToken);
        return ticket;
    }
}
