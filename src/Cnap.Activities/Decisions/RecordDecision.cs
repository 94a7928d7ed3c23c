using Cnap.Activities.Cases;
using Cnap.Activities.SelectLists;
using Cnap.Activities.Timers;
using Cnap.Domain;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.ProviderTasks;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Decisions;

[Activity("Cnap.RecordDecision", Category = "ЦНАП", Texts = typeof(CnapActivityTexts))]
public sealed class RecordDecision(ICaseWorkspace cases, IWorkingCalendarSource calendars, TimeProvider clock) : Activity
{
    [Input(Required = true, OptionsProvider = typeof(DecisionList), DefaultValue = nameof(DecisionOutcome.Granted), Order = 1)]
    public string? Decision { get; set; }

    [Input(DefaultSyntax = "Variable", Order = 2)]
    public string? TaskId { get; set; }

    [Input(OptionsProvider = typeof(IRefusalGroundList), Order = 3)]
    public string? GroundCode { get; set; }

    [Input(UIHint = UiHints.MultiLine, DefaultSyntax = "Liquid", Order = 4)]
    public string? Reasons { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var ct = context.CancellationToken;
        var @case = await context.CaseAsync(cases, clock);
        var service = await cases.ServiceAsync(@case.ServiceId, ct);
        var tasks = await cases.TasksOfAsync(@case.Id, ct);
        var outcome = Enum.TryParse<DecisionOutcome>(Decision?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new DomainException($"«{Decision}» is not a decision ({string.Join(", ", Enum.GetNames<DecisionOutcome>())}).");
        // What the card said along the way ("На засіданні комісії") no longer holds once the case is decided.
        if (@case.StatusText is not null)
            @case.SetStatusText(null, clock, Actor.Workflow);
        switch (outcome)
        {
            case DecisionOutcome.Granted:
                Grant(@case, service, tasks);
                break;
            case DecisionOutcome.Refused:
                Refuse(@case, service, tasks);
                break;
            default:
                var deadlines = await calendars.ForProviderAsync(@case.ProviderId, ct);
                var from = deadlines.StartOfDay(deadlines.SilentConsentFrom(SlaTimer.LastDay(@case, deadlines)));
                @case.ApplySilentConsent(service, from, clock);
                break;
        }
        foreach (var open in tasks.Where(t => t.IsOpen))
            open.Cancel($"Рішення у справі прийнято: {outcome}.");
        context.JournalText = outcome + (@case.Decision?.RefusalGround is { } ground ? $" ({ground.Code})" : "");
        return ActivityResult.Done();
    }

    private void Grant(Case @case, AdministrativeService service, IReadOnlyList<ProviderTask> tasks)
    {
        var task = Chosen(tasks, TaskOutcome.Approved);
        var result = task?.Decision?.ResultDocument ?? new ResultDocument(service.Card.Result);
        @case.RecordGrant(result, clock, task?.Decision?.DecidedBy ?? Actor.Workflow);
    }

    private void Refuse(Case @case, AdministrativeService service, IReadOnlyList<ProviderTask> tasks)
    {
        if (!string.IsNullOrWhiteSpace(GroundCode))
        {
            @case.RecordRefusal(service, GroundCode, Reasons ?? "", null, null, clock, Actor.Workflow);
            return;
        }
        var task = Chosen(tasks, TaskOutcome.Refused)
            ?? throw new DomainException($"Case {@case.JournalNumber}: no provider task was refused, and the card names no refusal ground.");
        var decision = task.Decision!;
        @case.RecordRefusal(service, decision.RefusalGroundCode, decision.Comment ?? "", null, null, clock, decision.DecidedBy);
    }

    private ProviderTask? Chosen(IReadOnlyList<ProviderTask> tasks, TaskOutcome outcome)
    {
        if (!string.IsNullOrWhiteSpace(TaskId))
        {
            var task = tasks.FirstOrDefault(t => t.Id.ToString("D") == TaskId.Trim())
                ?? throw new DomainException($"Task «{TaskId}» is not a task of this case.");
            if (task.Decision?.Outcome != outcome)
                throw new DomainException($"Task «{task.Stage}» was not {outcome.ToString().ToLowerInvariant()} ({task.Status}).");
            return task;
        }
        return tasks.Where(t => t.Decision?.Outcome == outcome).MaxBy(t => t.Decision!.DecidedAt);
    }
}
