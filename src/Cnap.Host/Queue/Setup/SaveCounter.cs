using Cnap.Host.Access;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Setup;

/// <summary>Adds a window (no <see cref="CounterId"/>) or changes its name and the groups it serves.</summary>
public sealed record SaveCounter(Caller Caller, Guid CentreId, Guid? CounterId, string Name, IReadOnlyList<Guid> GroupIds) : ICommand<Guid>;

public sealed class SaveCounterHandler(CnapDbContext db, QueueAccess access) : ICommandHandler<SaveCounter, Guid>
{
    public async ValueTask<Guid> Handle(SaveCounter command, CancellationToken cancellationToken)
    {
        await access.EnsureAsync(command.Caller, command.CentreId, setUp: true, cancellationToken);
        var groups = await db.Set<ServiceGroup>().Where(g => g.CentreId == command.CentreId).Select(g => g.Id).ToListAsync(cancellationToken);
        if (command.GroupIds.Any(g => !groups.Contains(g)))
            throw new QueueRefusal(RefusalReason.InvalidSetup, "A window serves only its own centre's groups.");
        if (await db.Set<Counter>().AnyAsync(c => c.CentreId == command.CentreId && c.Name == command.Name.Trim() && c.Id != command.CounterId, cancellationToken))
            throw new QueueRefusal(RefusalReason.InvalidSetup, $"The centre already has a window «{command.Name.Trim()}».");
        Counter counter;
        if (command.CounterId is { } id)
        {
            counter = await db.Set<Counter>().FirstOrDefaultAsync(c => c.Id == id && c.CentreId == command.CentreId, cancellationToken)
                ?? throw new QueueRefusal(RefusalReason.NotFound, $"Window {id} does not exist.");
            counter.Change(command.Name, command.GroupIds);
        }
        else
        {
            counter = new Counter(Guid.NewGuid(), command.CentreId, command.Name, command.GroupIds);
            db.Add(counter);
        }
        await db.SaveChangesAsync(cancellationToken);
        return counter.Id;
    }
}
