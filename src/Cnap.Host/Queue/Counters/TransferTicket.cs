using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Counters;

/// <summary>Sends a called ticket back into the queue of another group, or to one window (which then calls it first).</summary>
public sealed record TransferTicket(Caller Caller, Guid TicketId, Guid? GroupId, Guid? CounterId) : ICommand;

public sealed class TransferTicketHandler(CnapDbContext db, CounterGuard guard, TimeProvider clock, QueueSignal signal) : ICommandHandler<TransferTicket>
{
    public async ValueTask<Unit> Handle(TransferTicket command, CancellationToken cancellationToken)
    {
        var ticket = await guard.TicketAsync(command.Caller, command.TicketId, cancellationToken);
        var groupId = command.GroupId ?? ticket.ServiceGroupId;
        if (!await db.Set<ServiceGroup>().AnyAsync(g => g.Id == groupId && g.CentreId == ticket.CentreId, cancellationToken))
            throw new QueueRefusal(RefusalReason.NotFound, "The group is not one of this centre's.");
        if (command.CounterId is { } counterId)
        {
            var counter = await db.Set<Counter>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == counterId && c.CentreId == ticket.CentreId, cancellationToken)
                ?? throw new QueueRefusal(RefusalReason.NotFound, "The window is not one of this centre's.");
            if (command.GroupId is null && counter.GroupIds.Count > 0 && !counter.GroupIds.Contains(groupId))
                groupId = counter.GroupIds[0];
        }
        ticket.Transfer(groupId, command.CounterId, Cnap.Domain.TimeProviderExtensions.ToStored(clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        signal.Changed(ticket.CentreId);
        return Unit.Value;
    }
}
