using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Cnap.Host.Queue.Tickets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Counters;

/// <summary>
/// The administrator at a window calls the next ticket of the groups the window serves (<see cref="CallOrder"/>), or
/// one transferred to this window. Two windows calling at once never get the same ticket: the call is a guarded update.
/// </summary>
public sealed record CallNext(Caller Caller, Guid CounterId) : ICommand<CalledTicket?>;

public sealed record CalledTicket(Guid Id, string Label, Priority Priority, bool Booked, string CounterName);

public sealed class CallNextHandler(CnapDbContext db, CounterGuard guard, TimeProvider clock, QueueSignal signal) : ICommandHandler<CallNext, CalledTicket?>
{
    public async ValueTask<CalledTicket?> Handle(CallNext command, CancellationToken cancellationToken)
    {
        var counter = await guard.MineAsync(command.Caller, command.CounterId, cancellationToken);
        var today = clock.Today();
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var now = Cnap.Domain.TimeProviderExtensions.ToStored(clock.GetUtcNow());
            var waiting = await db.Set<Ticket>()
                .Where(t => t.CentreId == counter.CentreId && t.Day == today && t.Status == TicketStatus.Waiting
                            && (t.TargetCounterId == counter.Id || (t.TargetCounterId == null && counter.GroupIds.Contains(t.ServiceGroupId))))
                .ToListAsync(cancellationToken);
            var next = waiting.OrderBy(t => t.TargetCounterId == counter.Id ? 0 : 1)
                .ThenBy(t => CallOrder.Key(t.DueAt, t.Priority, t.IssuedAt, now)).FirstOrDefault();
            if (next is null)
                return null;
            next.Call(counter.Id, counter.Name, command.Caller.UserId!, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                signal.Changed(counter.CentreId);
                return new CalledTicket(next.Id, next.Label, next.Priority, next.AppointmentId is not null, counter.Name);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another window called it first; look again.
                db.ChangeTracker.Clear();
            }
        }
        return null;
    }
}
