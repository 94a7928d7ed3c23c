namespace Cnap.Workflows.Activities.Flow;

/// <summary>Marks where a flowchart starts.</summary>
[Activity("Elsa.Start", Category = "Flow", Description = "The start of the flowchart.", IsStart = true)]
public sealed class Start : Activity
{
    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => Done();
}
