namespace Cnap.Workflows.Activities.Flow;

/// <summary>Completes the flowchart, cancelling whatever still runs (other branches, their bookmarks and timers).</summary>
[Activity("Elsa.End", Category = "Flow", Description = "Completes the flowchart, cancelling what still runs.", IsTerminal = true)]
public sealed class End : Activity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.CompleteWorkflow());
}
