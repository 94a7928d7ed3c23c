using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Booking;

/// <summary>Cancels a booking from its link (the manage token): no sign-in, the token is the proof. The seat is free at once.</summary>
public sealed record CancelAppointment(string ManageToken) : ICommand;

public sealed class CancelAppointmentHandler(CnapDbContext db, TimeProvider clock, QueueSignal signal) : ICommandHandler<CancelAppointment>
{
    public async ValueTask<Unit> Handle(CancelAppointment command, CancellationToken cancellationToken)
    {
        var appointment = await db.Set<Appointment>().FirstOrDefaultAsync(a => a.ManageToken == command.ManageToken, cancellationToken)
            ?? throw new QueueRefusal(RefusalReason.NotFound, "No booking has this link.");
        appointment.Cancel(Cnap.Domain.TimeProviderExtensions.ToStored(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        signal.Changed(appointment.CentreId);
        return Unit.Value;
    }
}
