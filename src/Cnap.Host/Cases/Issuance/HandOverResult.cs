using Cnap.Activities.Cases;
using Cnap.Domain.Cases;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Issuance;

/// <summary>The administrator hands the result (or the refusal) over against signature, or dispatches it; the case closes.</summary>
public sealed record HandOverResult(Guid CaseId, ResultDelivery Method, string ReceivedBy, Actor By) : ICommand<CaseChanged>, ICaseCommand;

public sealed class HandOverResultHandler(CnapDbContext db, CardRun cards, TimeProvider clock) : ICommandHandler<HandOverResult, CaseChanged>
{
    public async ValueTask<CaseChanged> Handle(HandOverResult command, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
            ?? throw new CaseNotFoundException($"Case {command.CaseId} does not exist.");
        @case.Issue(command.Method, command.ReceivedBy, clock, command.By);
        await db.SaveChangesAsync(cancellationToken);
        await cards.SignalAsync(CaseStimuli.HandedOver(@case.Id), cancellationToken);
        return CaseChanged.Of(@case);
    }
}
