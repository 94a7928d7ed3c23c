using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Setup;

/// <summary>
/// Who sits at a window today: a head assigns anyone of the centre (or nobody); an administrator takes a free window
/// for themself. A window open today is counted on the live board.
/// </summary>
public sealed record StaffCounter(Caller Caller, Guid CounterId, string? UserId, string? Name) : ICommand;

public sealed class StaffCounterHandler(CnapDbContext db, QueueAccess access, TimeProvider clock, QueueSignal signal) : ICommandHandler<StaffCounter>
{
    public async ValueTask<Unit> Handle(StaffCounter command, CancellationToken cancellationToken)
    {
        var counter = await db.Set<Counter>().FirstOrDefaultAsync(c => c.Id == command.CounterId, cancellationToken)
            ?? throw new QueueRefusal(RefusalReason.NotFound, $"Window {command.CounterId} does not exist.");
        var self = command.UserId is not null && command.UserId == command.Caller.UserId;
        await access.EnsureAsync(command.Caller, counter.CentreId, setUp: !self, cancellationToken);
        var today = clock.Today();
        if (self && counter.IsOpenOn(today) && counter.StaffUserId != command.UserId && !command.Caller.IsIn(CnapRoles.CentreHead))
            throw new QueueRefusal(RefusalReason.InvalidSetup, $"{counter.StaffName} already works at {counter.Name} today.");
        counter.Staff(command.UserId, command.Name, today);
        await db.SaveChangesAsync(cancellationToken);
        signal.Changed(counter.CentreId);
        return Unit.Value;
    }
}
