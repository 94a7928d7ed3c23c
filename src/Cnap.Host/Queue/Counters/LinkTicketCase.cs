using Cnap.Domain.Cases;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Counters;

/// <summary>Records which case the intake started from a ticket registered, so waits and cases can be read together.</summary>
public sealed record LinkTicketCase(Caller Caller, Guid TicketId, Guid CaseId) : ICommand;

public sealed class LinkTicketCaseHandler(CnapDbContext db, CounterGuard guard) : ICommandHandler<LinkTicketCase>
{
    public async ValueTask<Unit> Handle(LinkTicketCase command, CancellationToken cancellationToken)
    {
        var ticket = await guard.TicketAsync(command.Caller, command.TicketId, cancellationToken);
        if (!await db.Set<Case>().AnyAsync(c => c.Id == command.CaseId && c.CentreId == ticket.CentreId, cancellationToken))
            throw new QueueRefusal(RefusalReason.NotFound, $"Case {command.CaseId} is not a case of this centre.");
        ticket.LinkCase(command.CaseId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
