using Cnap.Host.Access;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Setup;

/// <summary>Adds a service group (no <see cref="GroupId"/>) or changes one: its ticket letter, name and services.</summary>
public sealed record SaveServiceGroup(Caller Caller, Guid CentreId, Guid? GroupId, string Letter, string Name, IReadOnlyList<Guid> ServiceIds)
    : ICommand<Guid>;

public sealed class SaveServiceGroupHandler(CnapDbContext db, QueueAccess access) : ICommandHandler<SaveServiceGroup, Guid>
{
    public async ValueTask<Guid> Handle(SaveServiceGroup command, CancellationToken cancellationToken)
    {
        await access.EnsureAsync(command.Caller, command.CentreId, setUp: true, cancellationToken);
        var letter = command.Letter.Trim().ToUpperInvariant();
        if (await db.Set<ServiceGroup>().AnyAsync(g => g.CentreId == command.CentreId && g.Letter == letter && g.Id != command.GroupId, cancellationToken))
            throw new QueueRefusal(RefusalReason.InvalidSetup, $"Another group of this centre already uses the letter «{letter}».");
        ServiceGroup group;
        if (command.GroupId is { } id)
        {
            group = await db.Set<ServiceGroup>().FirstOrDefaultAsync(g => g.Id == id && g.CentreId == command.CentreId, cancellationToken)
                ?? throw new QueueRefusal(RefusalReason.NotFound, $"Group {id} does not exist.");
            group.Change(command.Letter, command.Name, command.ServiceIds);
        }
        else
        {
            group = new ServiceGroup(Guid.NewGuid(), command.CentreId, command.Letter, command.Name, command.ServiceIds);
            db.Add(group);
        }
        await db.SaveChangesAsync(cancellationToken);
        return group.Id;
    }
}
