using Cnap.Domain.Cases;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Printing;

/// <summary>The first print of the inventory fixes it: from then on its hash proves what was filed (silent consent needs that).</summary>
public sealed record MarkInventoryPrinted(Guid CaseId, Actor By) : ICommand<CaseChanged>, ICaseCommand;

public sealed class MarkInventoryPrintedHandler(CnapDbContext db, TimeProvider clock) : ICommandHandler<MarkInventoryPrinted, CaseChanged>
{
    public async ValueTask<CaseChanged> Handle(MarkInventoryPrinted command, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
            ?? throw new CaseNotFoundException($"Case {command.CaseId} does not exist.");
        if (@case.Inventory.PrintedAt is null)
        {
            @case.MarkInventoryPrinted(clock, command.By);
            await db.SaveChangesAsync(cancellationToken);
        }
        return CaseChanged.Of(@case);
    }
}
