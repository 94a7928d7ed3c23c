namespace Cnap.Workflows.Activities.Flow;

/// <summary>Finishes the workflow instance.</summary>
[Activity("Elsa.Finish", Category = "Primitives", Description = "Finishes the workflow.", IsTerminal = true)]
public sealed class Finish : Activity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.CompleteWorkflow());
}
