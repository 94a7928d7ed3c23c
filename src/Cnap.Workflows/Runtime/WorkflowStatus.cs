namespace Cnap.Workflows.Runtime;

/// <summary>Lifecycle of a workflow instance.</summary>
public enum WorkflowStatus
{
    /// <summary>Executing a burst (never committed as such except inside one).</summary>
    Running,
    /// <summary>Waiting on bookmarks.</summary>
    Suspended,
    /// <summary>Reached <c>Elsa.End</c>, or ran out of work with no bookmark left.</summary>
    Finished,
    /// <summary>Cancelled by a user or the application.</summary>
    Cancelled,
    /// <summary>Stopped by an incident; can be retried.</summary>
    Faulted,
}
