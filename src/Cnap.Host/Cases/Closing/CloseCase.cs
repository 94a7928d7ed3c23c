using Cnap.Domain.Cases;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Closing;

/// <summary>
/// The applicant withdraws the application, or the centre annuls one registered in error: the case closes, its open
/// tasks are cancelled and its card stops.
/// </summary>
public sealed record CloseCase(Guid CaseId, CaseClosure Closure, string Reason, Actor By) : ICommand<CaseChanged>, ICaseCommand;

public enum CaseClosure
{
    Withdrawal,
    Cancellation,
}

public sealed class CloseCaseHandler(CnapDbContext db, CardRun cards, TimeProvider clock) : ICommandHandler<CloseCase, CaseChanged>
{
    public async ValueTask<CaseChanged> Handle(CloseCase command, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
            ?? throw new CaseNotFoundException($"Case {command.CaseId} does not exist.");
        if (command.Closure == CaseClosure.Withdrawal)
            @case.Withdraw(command.Reason, clock, command.By);
        else
            @case.Cancel(command.Reason, clock, command.By);
        var open = await db.Set<ProviderTask>()
            .Where(t => t.CaseId == @case.Id && (t.Status == ProviderTaskStatus.Assigned || t.Status == ProviderTaskStatus.InProgress))
            .ToListAsync(cancellationToken);
        foreach (var task in open)
            task.Cancel(command.Closure == CaseClosure.Withdrawal ? $"Заяву відкликано: {command.Reason}" : $"Справу анульовано: {command.Reason}");
        await db.SaveChangesAsync(cancellationToken);
        if (@case.WorkflowInstanceId is { } instance)
            await cards.CancelAsync(instance, cancellationToken);
        return CaseChanged.Of(@case);
    }
}
