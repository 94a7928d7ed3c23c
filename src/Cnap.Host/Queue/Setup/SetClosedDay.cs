using Cnap.Host.Access;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Setup;

/// <summary>Closes a date for bookings on top of the working calendar, or opens it again. Bookings already made stay.</summary>
public sealed record SetClosedDay(Caller Caller, Guid CentreId, DateOnly Date, bool Closed, string? Reason) : ICommand;

public sealed class SetClosedDayHandler(CnapDbContext db, QueueAccess access) : ICommandHandler<SetClosedDay>
{
    public async ValueTask<Unit> Handle(SetClosedDay command, CancellationToken cancellationToken)
    {
        await access.EnsureAsync(command.Caller, command.CentreId, setUp: true, cancellationToken);
        var existing = await db.Set<QueueClosedDay>().FirstOrDefaultAsync(d => d.CentreId == command.CentreId && d.Date == command.Date, cancellationToken);
        if (command.Closed && existing is null)
            db.Add(new QueueClosedDay(Guid.NewGuid(), command.CentreId, command.Date, command.Reason ?? ""));
        else if (!command.Closed && existing is not null)
            db.Remove(existing);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
