namespace Cnap.Workflows.Activities.Flow;

/// <summary>
/// Merges branches. The join decision is the scheduler's (see docs/engine-semantics.md): <c>WaitAll</c> runs when
/// every inbound connection was followed; <c>WaitAny</c> runs on the first and cancels the other inbound branches.
/// </summary>
[Activity("Elsa.FlowJoin", Category = "Flow", DisplayName = "Join", Description = "Merges branches: wait for all, or the first (cancelling the others).")]
public sealed class FlowJoin : Activity
{
    /// <summary>Join mode.</summary>
    [Input(Description = "WaitAll: every inbound branch; WaitAny: the first, cancelling the others.")]
    public FlowJoinMode Mode { get; set; } = FlowJoinMode.WaitAny;

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => Done();
}

/// <summary>Join modes.</summary>
public enum FlowJoinMode
{
    /// <summary>Run on the first followed inbound connection.</summary>
    WaitAny,
    /// <summary>Run only when every inbound connection was followed.</summary>
    WaitAll,
}
