using Cnap.Host.Cases.Tasks;
using System.Text.Json.Serialization;
using Cnap.Activities.Cases;
using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Cases;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Tasks.Deciding;

/// <summary>
/// A provider officer decides a task: approve (with the result document, if this stage produces it), refuse (with a
/// ground from the service's closed list and the reasons) or ask for clarification. The card then goes on.
/// </summary>
public sealed record DecideTask(
    Guid TaskId,
    TaskOutcome Outcome,
    string? Comment,
    string? GroundCode,
    ResultDocument? Result,
    IReadOnlyList<TaskAttachment> Attachments,
    Actor DecidedBy) : ICommand<DecidedTask>, ICaseCommand;

public sealed record DecidedTask(
    Guid TaskId, Guid CaseId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TaskOutcome>))] TaskOutcome Outcome,
    [property: JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))] CaseStatus CaseStatus);

public sealed class DecideTaskHandler(CnapDbContext db, CardRun cards, TimeProvider clock)
    : ICommandHandler<DecideTask, DecidedTask>
{
    public async ValueTask<DecidedTask> Handle(DecideTask command, CancellationToken cancellationToken)
    {
        var task = await db.Set<ProviderTask>().FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken)
            ?? throw new CaseNotFoundException($"Task {command.TaskId} does not exist.");
        if (!task.IsOpen)
            throw new TaskStateException(task, $"decide it ({command.Outcome})");
        var waiting = await cards.WaitingAsync(CaseStimuli.Decided(task.Id), cancellationToken)
            ?? throw new TaskStateException(task, "decide it: no stage of the card waits for it");
        // A stage whose card has no way on for an outcome (a one-step registration cannot ask for clarification) refuses it.
        if (!await cards.CanContinueAsync(waiting, command.Outcome.ToString(), cancellationToken))
            throw new DomainException($"At stage «{task.Stage}» the technological card cannot continue on {command.Outcome}: choose another decision.");

        switch (command.Outcome)
        {
            case TaskOutcome.Approved:
                task.Approve(command.Comment, command.Attachments, clock, command.DecidedBy, command.Result);
                break;
            case TaskOutcome.Refused:
                var service = await db.Set<AdministrativeService>().FirstAsync(s => s.Id == task.ServiceId, cancellationToken);
                task.Refuse(service, command.GroundCode, command.Comment ?? "", command.Attachments, clock, command.DecidedBy);
                break;
            default:
                task.AskClarification(command.Comment ?? "", clock, command.DecidedBy);
                break;
        }
        await db.SaveChangesAsync(cancellationToken);
        await cards.ResumeAsync(waiting.Id, cancellationToken);
        var @case = await db.Set<Case>().FirstAsync(c => c.Id == task.CaseId, cancellationToken);
        return new DecidedTask(task.Id, task.CaseId, command.Outcome, @case.Status);
    }
}
