using Cnap.Activities.Cases;
using Cnap.Activities.SelectLists;
using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Domain.Calendar;
using Cnap.Domain.ProviderTasks;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Tasks;

[Activity("Cnap.SendToProvider", Category = "ЦНАП", Texts = typeof(CnapActivityTexts))]
public sealed class SendToProvider(ICaseWorkspace cases, IWorkingCalendarSource calendars, TimeProvider clock) : Activity
{
    [Input(Required = true, Order = 1)]
    public string? Stage { get; set; }

    [Input(Required = true, OptionsProvider = typeof(StageActionList), DefaultValue = "В", Order = 2)]
    public string? Action { get; set; }

    [Input(OptionsProvider = typeof(IProviderList), Order = 3)]
    public string? Provider { get; set; }

    [Input(OptionsProvider = typeof(IUnitCodeList), Order = 4)]
    public string? Unit { get; set; }

    [Input(Order = 5)]
    public int TermValue { get; set; }

    [Input(OptionsProvider = typeof(TermUnitList), DefaultValue = nameof(StageTermUnit.CaseDeadline), Order = 6)]
    public string? TermUnit { get; set; }

    [Output]
    public string? TaskId { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var ct = context.CancellationToken;
        var @case = await context.CaseAsync(cases, clock);
        var providerId = await ProviderIdAsync(@case, ct);
        var unitId = await UnitIdAsync(providerId, ct);
        var action = StageActionLetters.FromLetter(Action is { Length: 1 } letter ? letter[0] : '?');
        var deadlines = await calendars.ForProviderAsync(providerId, ct);
        var due = StageTerms.DueAt(deadlines, clock.Now(), @case.LegalDeadline, TermValue, StageTerms.Parse(TermUnit));

        @case.SendToProvider(Stage!, clock, Actor.Workflow);
        var task = ProviderTask.Assign(@case, Stage!, action, providerId, unitId, due, clock);
        cases.Add(task);
        TaskId = task.Id.ToString("D");
        context.JournalText = $"{action.Letter()}: {task.Stage} → {TaskId}, до {due:u}";
        return ActivityResult.Done();
    }

    private async Task<Guid> ProviderIdAsync(Case @case, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Provider))
            return @case.ProviderId;
        return await cases.ProviderIdAsync(Provider.Trim(), ct)
            ?? throw new DomainException($"Stage «{Stage}»: no provider has the EDRPOU code {Provider}.");
    }

    private async Task<Guid?> UnitIdAsync(Guid providerId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Unit))
            return null;
        return await cases.UnitIdAsync(providerId, Unit.Trim(), ct)
            ?? throw new DomainException($"Stage «{Stage}»: the provider of the case has no unit with the code {Unit}.");
    }
}
