namespace Cnap.Workflows.Activities.Flow;

/// <summary>Continues on <c>True</c> or <c>False</c> depending on a condition.</summary>
[Activity("Elsa.FlowDecision", Category = "Branching", DisplayName = "Decision", Description = "Takes the True or False path depending on a condition.")]
[Outcomes("True", "False")]
public sealed class FlowDecision : Activity
{
    /// <summary>The condition.</summary>
    [Input(Description = "The condition to evaluate.", DefaultSyntax = "JavaScript", UIHint = UiHints.SingleLine)]
    public bool Condition { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => Done(Condition ? "True" : "False");
}
