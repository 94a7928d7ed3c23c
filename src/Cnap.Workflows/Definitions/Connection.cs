namespace Cnap.Workflows.Definitions;

/// <summary>
/// A flowchart connection from an outcome (port) of one activity to another activity.
/// <see cref="Index"/> is its position in the <c>connections</c> array, which fixes the order in which targets run.
/// </summary>
public sealed record Connection(int Index, string Source, string SourcePort, string Target, string TargetPort)
{
    /// <summary>True when the connection closes a loop (its target is an ancestor of its source on the walk from the start).</summary>
    public bool IsBackEdge { get; internal set; }
}
