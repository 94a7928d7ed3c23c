using Cnap.Activities.Cases;
using Cnap.Domain.Cases;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Decisions;

[Activity("Cnap.SetCaseStatus", Category = "ЦНАП", DisplayName = "Текст стану справи",
    Description = "Показує заявнику, що відбувається зі справою («На засіданні комісії»); сам стан змінюють лише дії над справою.")]
public sealed class SetCaseStatus(ICaseWorkspace cases, TimeProvider clock) : Activity
{
    [Input(DisplayName = "Текст", Description = "Порожньо — знову показувати стандартну назву стану.", Order = 1)]
    public string? Text { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var @case = await context.CaseAsync(cases, clock);
        @case.SetStatusText(Text, clock, Actor.Workflow);
        context.JournalText = Text;
        return ActivityResult.Done();
    }
}
