using Cnap.Activities.Cases;
using Cnap.Domain.Cases;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Decisions;

[Activity("Cnap.SetCaseStatus", Category = "ЦНАП", Texts = typeof(CnapActivityTexts))]
public sealed class SetCaseStatus(ICaseWorkspace cases, TimeProvider clock) : Activity
{
    [Input(Order = 1)]
    public string? Text { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var @case = await context.CaseAsync(cases, clock);
        @case.SetStatusText(Text, clock, Actor.Workflow);
        context.JournalText = Text;
        return ActivityResult.Done();
    }
}
