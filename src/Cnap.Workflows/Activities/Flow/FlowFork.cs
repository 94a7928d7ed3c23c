namespace Cnap.Workflows.Activities.Flow;

/// <summary>Continues on every named branch at once.</summary>
[Activity("Elsa.FlowFork", Category = "Flow", DisplayName = "Fork", Description = "Continues on all branches.")]
public sealed class FlowFork : Activity
{
    /// <summary>Branch (outcome) names.</summary>
    [Input(Description = "The branches to continue on.", UIHint = UiHints.DynamicOutcomes)]
    public List<string> Branches { get; set; } = [];

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.WithOutcomes(Branches.Count == 0 ? ["Done"] : Branches));
}
