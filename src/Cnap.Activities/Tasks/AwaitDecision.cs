using Cnap.Activities.Cases;
using Cnap.Domain;
using Cnap.Domain.ProviderTasks;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Tasks;

[Activity("Cnap.AwaitDecision", Category = "ЦНАП", Texts = typeof(CnapActivityTexts), Kind = ActivityKind.Task)]
[Outcomes(nameof(TaskOutcome.Approved), nameof(TaskOutcome.Refused), nameof(TaskOutcome.Clarification))]
public sealed class AwaitDecision(ICaseWorkspace cases) : Activity
{
    private const string Decided = "decided";

    [Input(Required = true, DefaultSyntax = "Variable")]
    public string? TaskId { get; set; }

    [Output]
    public string? Comment { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var task = await TaskAsync(context);
        // A decision that reached the task before this step ran (a retried burst) is taken as it is.
        if (task.Decision is not null)
            return Outcome(task);
        if (!task.IsOpen)
            throw new DomainException($"Task «{task.Stage}» is {task.Status}: there is no decision to wait for.");
        return ActivityResult.Suspend(new BookmarkRequest(CaseStimuli.TaskDecided, CaseStimuli.TaskPayload(task.Id), Decided));
    }

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        var task = await TaskAsync(context);
        if (task.Decision is null)
            throw new DomainException($"Task «{task.Stage}» was signalled as decided, but it is {task.Status}.");
        return Outcome(task);
    }

    private ActivityResult Outcome(ProviderTask task)
    {
        Comment = task.Decision!.Comment;
        return ActivityResult.Done(task.Decision.Outcome.ToString());
    }

    private async Task<ProviderTask> TaskAsync(ActivityContext context)
    {
        if (!Guid.TryParse(TaskId, out var id))
            throw new DomainException($"Activity {context.Node.Id} waits on task «{TaskId}», which is not a task id.");
        var task = await cases.TaskAsync(id, context.CancellationToken)
            ?? throw new DomainException($"Activity {context.Node.Id} waits on task {id}, which does not exist.");
        if (task.CaseId != context.CaseId())
            throw new DomainException($"Task {id} belongs to another case than instance {context.InstanceId}.");
        return task;
    }
}
