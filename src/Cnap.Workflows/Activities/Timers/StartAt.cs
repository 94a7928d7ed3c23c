namespace Cnap.Workflows.Activities.Timers;

/// <summary>Waits until a moment in time (a moment in the past fires at once).</summary>
[Activity("Elsa.StartAt", Category = "Scheduling", DisplayName = "Start At", Description = "Waits until the given date and time.")]
public sealed class StartAt : Activity
{
    /// <summary>The stimulus name of start-at bookmarks.</summary>
    public const string StimulusName = "Elsa.StartAt";

    /// <summary>When to continue.</summary>
    [Input(Description = "When to continue.", UIHint = UiHints.DateTimePicker, Required = true)]
    public DateTimeOffset DateTime { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Suspend(new BookmarkRequest(StimulusName, Callback: "due", DueAt: DateTime, Unique: true));
}
