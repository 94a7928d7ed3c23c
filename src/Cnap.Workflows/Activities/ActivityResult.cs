namespace Cnap.Workflows.Activities;

/// <summary>What an activity execution produced.</summary>
public abstract record ActivityResult
{
    /// <summary>Completed; connections from these outcomes are followed (none given: <c>Done</c>).</summary>
    public static ActivityResult Done(params string[] outcomes) => new Completed(outcomes.Length == 0 ? ["Done"] : outcomes);

    /// <summary>Completed with a set of outcomes computed at run time (possibly empty: nothing is followed).</summary>
    public static ActivityResult WithOutcomes(IReadOnlyList<string> outcomes) => new Completed(outcomes);

    /// <summary>Suspended until one of the bookmarks is resumed.</summary>
    public static ActivityResult Suspend(BookmarkRequest bookmark, params BookmarkRequest[] more) => new Suspended([bookmark, .. more]);

    /// <summary>Completes the whole workflow, cancelling whatever still runs (<c>Elsa.End</c>, <c>Elsa.Finish</c>).</summary>
    public static ActivityResult CompleteWorkflow() => new WorkflowCompleted();

    /// <summary>Completed with outcomes.</summary>
    public sealed record Completed(IReadOnlyList<string> Outcomes) : ActivityResult;

    /// <summary>Waiting on bookmarks.</summary>
    public sealed record Suspended(IReadOnlyList<BookmarkRequest> Bookmarks) : ActivityResult;

    /// <summary>Ends the workflow.</summary>
    public sealed record WorkflowCompleted : ActivityResult;
}
