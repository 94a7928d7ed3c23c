namespace Cnap.Workflows.Activities;

/// <summary>
/// Base of every activity. A new instance is constructed from the burst's DI scope for each execution (constructor
/// injection), its <see cref="InputAttribute"/> properties are assigned, then <see cref="ExecuteAsync"/> runs.
/// </summary>
public abstract class Activity
{
    /// <summary>Runs the activity: complete with outcomes, or suspend with a bookmark.</summary>
    public abstract ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>
    /// Called when one of this activity's bookmarks is resumed; <see cref="ActivityContext.Resume"/> says which
    /// callback (by its stable id) and with what input. By default the activity completes with <c>Done</c>.
    /// </summary>
    public virtual ValueTask<ActivityResult> ResumeAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done());

    /// <summary>Completes with the given outcomes (none given: <c>Done</c>).</summary>
    protected static ValueTask<ActivityResult> Done(params string[] outcomes) => ValueTask.FromResult(ActivityResult.Done(outcomes));

    /// <summary>Suspends until the bookmark is resumed.</summary>
    protected static ValueTask<ActivityResult> Suspend(BookmarkRequest bookmark) => ValueTask.FromResult(ActivityResult.Suspend(bookmark));
}

/// <summary>An activity that can start a workflow when a stimulus matches (e.g. <c>Elsa.Event</c>).</summary>
public interface ITriggerActivity
{
    /// <summary>The stimulus that starts the workflow, from the activity's literal inputs (indexed when a version is published).</summary>
    BookmarkRequest? GetTrigger();
}
