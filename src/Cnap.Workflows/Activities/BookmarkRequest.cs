using System.Text.Json.Nodes;

namespace Cnap.Workflows.Activities;

/// <summary>
/// A bookmark an activity asks for. A stimulus with the same <see cref="Name"/> and canonical <see cref="Payload"/>
/// resumes it; the engine then calls <see cref="Activity.ResumeAsync"/> with <see cref="Callback"/>.
/// </summary>
/// <param name="Name">Stimulus name, e.g. <c>Elsa.Event</c>.</param>
/// <param name="Payload">What must match besides the name (e.g. <c>{"eventName": "Approved"}</c>).</param>
/// <param name="Callback">Stable id of the resume callback (never a method name).</param>
/// <param name="DueAt">For timers: when the bookmark falls due; the timer sweeper resumes it by id.</param>
/// <param name="Unique">Adds the activity instance to the hash so that no stimulus by name can resume it (timers).</param>
public sealed record BookmarkRequest(string Name, JsonObject? Payload = null, string Callback = "resume",
    DateTimeOffset? DueAt = null, bool Unique = false);
