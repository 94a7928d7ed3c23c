namespace Cnap.Workflows.Activities.Timers;

/// <summary>Waits for a time span: a bookmark with a due time that the timer sweeper resumes.</summary>
[Activity("Elsa.Delay", Category = "Scheduling", Description = "Waits for the given time span.")]
public sealed class Delay : Activity
{
    /// <summary>The stimulus name of delay bookmarks.</summary>
    public const string StimulusName = "Elsa.Delay";

    /// <summary>How long to wait.</summary>
    [Input(Description = "How long to wait (d.hh:mm:ss).", UIHint = UiHints.Duration, DefaultValue = "00:01:00")]
    public TimeSpan TimeSpan { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Suspend(new BookmarkRequest(StimulusName, Callback: "elapsed", DueAt: context.Now + TimeSpan, Unique: true));
}
