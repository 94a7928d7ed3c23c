using Cnap.Host.Access;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Setup;

/// <summary>Sets a group's booking hours for one weekday (replacing the old), or with <see cref="Opens"/> null takes none that day.</summary>
public sealed record SaveBookingRule(
    Caller Caller, Guid GroupId, DayOfWeek Day, TimeOnly? Opens, TimeOnly? Closes, TimeOnly? BreakFrom, TimeOnly? BreakTo,
    int SlotMinutes, int Capacity, int WalkInReserve) : ICommand;

public sealed class SaveBookingRuleHandler(CnapDbContext db, QueueAccess access) : ICommandHandler<SaveBookingRule>
{
    public async ValueTask<Unit> Handle(SaveBookingRule command, CancellationToken cancellationToken)
    {
        var group = await db.Set<ServiceGroup>().AsNoTracking().FirstOrDefaultAsync(g => g.Id == command.GroupId, cancellationToken)
            ?? throw new QueueRefusal(RefusalReason.NotFound, $"Group {command.GroupId} does not exist.");
        await access.EnsureAsync(command.Caller, group.CentreId, setUp: true, cancellationToken);
        BookingRule? rule = null;
        if (command.Opens is { } opens)
            rule = new BookingRule(Guid.NewGuid(), group.Id, command.Day, opens, command.Closes ?? opens, command.BreakFrom, command.BreakTo,
                command.SlotMinutes, command.Capacity, command.WalkInReserve);
        var old = await db.Set<BookingRule>().Where(r => r.ServiceGroupId == group.Id && r.Day == command.Day).ToListAsync(cancellationToken);
        db.RemoveRange(old);
        await db.SaveChangesAsync(cancellationToken);
        if (rule is not null)
        {
            db.Add(rule);
            await db.SaveChangesAsync(cancellationToken);
        }
        return Unit.Value;
    }
}
