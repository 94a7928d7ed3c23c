using System.Text.Json.Nodes;

namespace Cnap.Workflows.Activities.Flow;

/// <summary>Waits for a named event; with "can start workflow" set, the event also starts new instances.</summary>
[Activity("Elsa.Event", Category = "Primitives", Description = "Waits for an event with the given name.", Kind = ActivityKind.Trigger)]
public sealed class Event : Activity, ITriggerActivity
{
    /// <summary>The stimulus name used by bookmarks and triggers of this activity.</summary>
    public const string StimulusName = "Elsa.Event";

    /// <summary>The event name.</summary>
    [Input(Description = "The name of the event to wait for.", Required = true)]
    public string? EventName { get; set; }

    /// <summary>The input the event arrived with.</summary>
    [Output(Description = "The event's input.")]
    public object? Result { get; set; }

    /// <summary>The payload that bookmarks and triggers for an event name hash to.</summary>
    public static JsonObject Payload(string eventName) => new() { ["eventName"] = eventName };

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.StartedByTrigger)
        {
            Result = context.WorkflowInput;
            return Done();
        }
        return Suspend(new BookmarkRequest(StimulusName, Payload(EventName ?? ""), Callback: "received"));
    }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        Result = context.Resume?.Input;
        return Done();
    }

    /// <inheritdoc />
    public BookmarkRequest? GetTrigger() =>
        string.IsNullOrWhiteSpace(EventName) ? null : new BookmarkRequest(StimulusName, Payload(EventName));
}
