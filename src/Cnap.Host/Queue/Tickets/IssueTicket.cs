using Cnap.Host.Data;
using Cnap.Host.Queue.Persistence;
using Cnap.Host.Queue.Booking;
using Cnap.Host.Queue.Setup;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Tickets;

/// <summary>
/// A ticket from the kiosk (or from staff): for a service group, or for today's booking whose code is typed or scanned,
/// which keeps the booking's slot so it is called when due.
/// </summary>
public sealed record IssueTicket(Guid CentreId, Guid? GroupId, string? BookingCode, Priority Priority) : ICommand<IssuedTicket>;

public sealed record IssuedTicket(Guid Id, string Label, string GroupName, int Ahead, int ExpectedWaitMinutes, DateTimeOffset IssuedAt, TimeOnly? BookedFor);

public sealed class IssueTicketHandler(CnapDbContext db, WaitEstimate estimate, TimeProvider clock, QueueSignal signal)
    : ICommandHandler<IssueTicket, IssuedTicket>
{
    public async ValueTask<IssuedTicket> Handle(IssueTicket command, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var appointment = command.BookingCode is { Length: > 0 } code ? await BookingAsync(command.CentreId, code, today, cancellationToken) : null;
        var groupId = appointment?.ServiceGroupId ?? command.GroupId
            ?? throw new QueueRefusal(RefusalReason.NotFound, "Choose a service group or enter a booking code.");
        var group = await db.Set<ServiceGroup>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId && g.CentreId == command.CentreId, cancellationToken)
            ?? throw new QueueRefusal(RefusalReason.NotFound, $"Group {groupId} is not a group of this centre.");
        appointment?.CheckIn();

        // Numbers restart each day; two kiosks that take the same next number collide on the unique key and the loser
        // takes the one after.
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.Set<Ticket>().Where(t => t.IssuedGroupId == group.Id && t.Day == today).MaxAsync(t => (int?)t.Number, cancellationToken) ?? 0;
            var now = Cnap.Domain.TimeProviderExtensions.ToStored(clock.GetUtcNow());
            var ticket = new Ticket(command.CentreId, group.Id, group.Letter, last + 1, today, command.Priority, appointment?.Id, appointment?.StartsAt, now);
            db.Add(ticket);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException e) when (attempt < 20 && UniqueKey.Violated(e))
            {
                db.Entry(ticket).State = EntityState.Detached;
                continue;
            }
            signal.Changed(command.CentreId);
            var (ahead, minutes) = await estimate.ForAsync(ticket, cancellationToken);
            return new IssuedTicket(ticket.Id, ticket.Label, group.Name, ahead, minutes, now, appointment?.Start);
        }
    }

    private async Task<Appointment> BookingAsync(Guid centreId, string code, DateOnly today, CancellationToken cancellationToken)
    {
        var normalised = code.Trim().ToUpperInvariant();
        var appointment = await db.Set<Appointment>().FirstOrDefaultAsync(a => a.Code == normalised && a.CentreId == centreId, cancellationToken)
            ?? throw new QueueRefusal(RefusalReason.NotFound, $"No booking {normalised} at this centre.");
        if (appointment.Date != today)
            throw new QueueRefusal(RefusalReason.NotToday, $"Booking {normalised} is for {appointment.Date:yyyy-MM-dd}, not today.");
        return appointment;
    }
}
