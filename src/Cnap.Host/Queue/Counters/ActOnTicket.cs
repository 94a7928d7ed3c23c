using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Queue.Booking;
using Cnap.Host.Queue.Tickets;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Counters;

public enum TicketAction
{
    Recall,
    NoShow,
    Finish,
}

/// <summary>What the window does with the ticket it called: call it again, record that nobody came, or finish serving it.</summary>
public sealed record ActOnTicket(Caller Caller, Guid TicketId, TicketAction Action) : ICommand;

public sealed class ActOnTicketHandler(CnapDbContext db, CounterGuard guard, TimeProvider clock, QueueSignal signal) : ICommandHandler<ActOnTicket>
{
    public async ValueTask<Unit> Handle(ActOnTicket command, CancellationToken cancellationToken)
    {
        var ticket = await guard.TicketAsync(command.Caller, command.TicketId, cancellationToken);
        var now = Cnap.Domain.TimeProviderExtensions.ToStored(clock.GetUtcNow());
        switch (command.Action)
        {
            case TicketAction.Recall:
                ticket.Recall(now);
                break;
            case TicketAction.NoShow:
                ticket.MarkNoShow(now);
                await CloseBookingAsync(ticket, AppointmentStatus.NoShow, cancellationToken);
                break;
            default:
                ticket.Finish(now);
                await CloseBookingAsync(ticket, AppointmentStatus.Served, cancellationToken);
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
        signal.Changed(ticket.CentreId);
        return Unit.Value;
    }

    private async Task CloseBookingAsync(Ticket ticket, AppointmentStatus outcome, CancellationToken cancellationToken)
    {
        if (ticket.AppointmentId is { } id && await db.Set<Appointment>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { } appointment)
            appointment.Close(outcome);
    }
}
