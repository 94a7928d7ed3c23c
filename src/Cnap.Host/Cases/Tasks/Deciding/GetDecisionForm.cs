using Cnap.Domain.Catalogue;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Tasks.Deciding;

/// <summary>What an officer needs to decide a task: the service's closed list of refusal grounds, how to appeal, the result's name.</summary>
public sealed record GetDecisionForm(Guid TaskId) : IQuery<DecisionForm?>;

public sealed record DecisionForm(
    Guid TaskId, Guid CaseId, string Stage, StageAction Action, ProviderTaskStatus Status, DateTimeOffset DueAt, int Version,
    IReadOnlyList<RefusalGround> Grounds, string AppealProcedure, string ResultTitle)
{
    /// <summary>A stage that performs or approves produces the result; agreeing and taking part do not.</summary>
    public bool NeedsResultDocument => Action is StageAction.Performs or StageAction.Approves;

    public bool IsOpen => Status is ProviderTaskStatus.Assigned or ProviderTaskStatus.InProgress;
}

public sealed class GetDecisionFormHandler(CnapDbContext db) : IQueryHandler<GetDecisionForm, DecisionForm?>
{
    public async ValueTask<DecisionForm?> Handle(GetDecisionForm query, CancellationToken cancellationToken)
    {
        var task = await db.Set<ProviderTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == query.TaskId, cancellationToken);
        if (task is null)
            return null;
        var service = await db.Set<AdministrativeService>().AsNoTracking().FirstAsync(s => s.Id == task.ServiceId, cancellationToken);
        return new DecisionForm(task.Id, task.CaseId, task.Stage, task.Action, task.Status, task.DueAt, task.Version,
            service.RefusalGrounds, service.Card.AppealProcedure, service.Card.Result);
    }
}
