using Cnap.Domain.Contacts;
using Cnap.Host.Data;
using Cnap.Host.Queue.Persistence;
using Cnap.Host.Queue.Setup;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Booking;

/// <summary>
/// Books one seat of a slot for a service at a centre, by the citizen on the Portal or by staff for a caller
/// (<see cref="BookedBy"/>). With <see cref="Replaces"/> (a manage token) the old booking is given up in the same commit.
/// </summary>
public sealed record BookAppointment(
    Guid CentreId, Guid ServiceId, DateOnly Date, TimeOnly Start, string Phone, string Name, string? BookedBy = null, string? Replaces = null)
    : ICommand<BookedAppointment>;

public sealed record BookedAppointment(Guid Id, string Code, string ManageToken, DateOnly Date, TimeOnly Start, DateTimeOffset StartsAt);

public sealed class BookAppointmentHandler(CnapDbContext db, SlotPlanner planner, TimeProvider clock, QueueSignal signal)
    : ICommandHandler<BookAppointment, BookedAppointment>
{
    public async ValueTask<BookedAppointment> Handle(BookAppointment command, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryParse(command.Phone, out var phone))
            throw new QueueRefusal(RefusalReason.InvalidPhone, $"«{command.Phone}» is not a Ukrainian phone number.");
        var name = command.Name?.Trim() ?? "";
        if (name.Length is < 2 or > 200)
            throw new QueueRefusal(RefusalReason.InvalidName, "A name of 2 to 200 characters is needed.");
        var group = await GroupForAsync(db, command.CentreId, command.ServiceId, cancellationToken);
        var (rule, startsAt) = await planner.CheckAsync(group, command.Date, command.Start, cancellationToken);
        var replaced = command.Replaces is { } token
            ? await db.Set<Appointment>().FirstOrDefaultAsync(a => a.ManageToken == token, cancellationToken)
                ?? throw new QueueRefusal(RefusalReason.NotFound, "The booking to change does not exist.")
            : null;

        // Each attempt takes the lowest seat nobody holds; a concurrent booker who took it first makes the unique key refuse
        // ours, and we look again. When every seat is held, the slot is taken.
        for (var attempt = 0; attempt <= rule.OnlineSeats; attempt++)
        {
            var held = await db.Set<Appointment>().AsNoTracking()
                .Where(a => a.ServiceGroupId == group.Id && a.Date == command.Date && a.Start == command.Start && a.Seat != null)
                .Select(a => a.Seat!.Value).ToListAsync(cancellationToken);
            var seat = Enumerable.Range(1, rule.OnlineSeats).Cast<int?>().FirstOrDefault(s => !held.Contains(s!.Value));
            if (seat is null)
                break;
            var now = clock.GetUtcNow();
            replaced?.Cancel(now);
            var appointment = new Appointment(group.CentreId, group.Id, command.ServiceId, command.Date, command.Start, startsAt, seat.Value,
                phone.Value, name, command.BookedBy, Cnap.Domain.TimeProviderExtensions.ToStored(now));
            db.Add(appointment);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                signal.Changed(group.CentreId);
                return new BookedAppointment(appointment.Id, appointment.Code, appointment.ManageToken, appointment.Date, appointment.Start, startsAt);
            }
            catch (DbUpdateException e) when (UniqueKey.Violated(e))
            {
                db.Entry(appointment).State = EntityState.Detached;
                if (replaced is not null)
                    await db.Entry(replaced).ReloadAsync(cancellationToken);
            }
        }
        throw new QueueRefusal(RefusalReason.SlotTaken, $"Every seat at {command.Start:HH\\:mm} on {command.Date:yyyy-MM-dd} is taken.");
    }

    internal static async Task<ServiceGroup> GroupForAsync(CnapDbContext db, Guid centreId, Guid serviceId, CancellationToken cancellationToken)
    {
        var groups = await db.Set<ServiceGroup>().AsNoTracking().Where(g => g.CentreId == centreId).ToListAsync(cancellationToken);
        return groups.OrderBy(g => g.Letter).FirstOrDefault(g => g.ServiceIds.Contains(serviceId))
            ?? throw new QueueRefusal(RefusalReason.ServiceNotInGroup, "This centre does not book visits for this service.");
    }
}
