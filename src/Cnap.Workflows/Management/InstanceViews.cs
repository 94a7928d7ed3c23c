using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Runtime;

namespace Cnap.Workflows.Management;

/// <summary>An instance without its execution state: what a list, a case or an access check needs.</summary>
/// <param name="Id">Instance id.</param>
/// <param name="DefinitionId">The definition it runs.</param>
/// <param name="DefinitionVersionId">The version it is pinned to (it never moves to a newer one).</param>
/// <param name="Version">That version's number.</param>
/// <param name="Status">Lifecycle status.</param>
/// <param name="CorrelationId">The application's key, e.g. a case id.</param>
/// <param name="CreatedAt">Started.</param>
/// <param name="UpdatedAt">Last burst.</param>
/// <param name="FinishedAt">Finished or cancelled.</param>
public sealed record InstanceSummary(string Id, string DefinitionId, string DefinitionVersionId, int Version, WorkflowStatus Status,
    string? CorrelationId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt);

/// <summary>
/// An instance whole, as an instance viewer shows it: its pinned definition (to draw), variables, open bookmarks,
/// incidents (resolved ones too), and where each activity of the definition stands.
/// </summary>
/// <param name="Instance">The instance.</param>
/// <param name="Definition">The pinned version, parsed; null only if that version's row was removed.</param>
/// <param name="Variables">Variable values by name.</param>
/// <param name="Bookmarks">Open bookmarks, oldest first.</param>
/// <param name="Incidents">Incidents, oldest first.</param>
/// <param name="Activities">Each activity of the definition's flowchart, in definition order.</param>
public sealed record InstanceDetails(InstanceSummary Instance, WorkflowDefinition? Definition, IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyList<WaitingBookmark> Bookmarks, IReadOnlyList<InstanceIncident> Incidents, IReadOnlyList<ActivityProgress> Activities);

/// <summary>An open bookmark: an activity waiting for a stimulus (or, with <paramref name="DueAt"/>, a timer).</summary>
/// <param name="Id">Bookmark id (what <see cref="IWorkflowRuntime.ResumeAsync"/> takes).</param>
/// <param name="InstanceId">The waiting instance.</param>
/// <param name="ActivityId">The waiting activity.</param>
/// <param name="Name">Stimulus name.</param>
/// <param name="DueAt">When a timer is due; null for a bookmark that waits for a stimulus only.</param>
/// <param name="CreatedAt">When the activity began to wait.</param>
public sealed record WaitingBookmark(string Id, string InstanceId, string ActivityId, string Name, DateTimeOffset? DueAt, DateTimeOffset CreatedAt);

/// <summary>An activity failure; open until a retry resolves it.</summary>
/// <param name="Id">Incident id.</param>
/// <param name="ActivityId">The failed activity.</param>
/// <param name="ActivityType">Its type.</param>
/// <param name="ActivityName">Its name.</param>
/// <param name="Message">The failure, as a user may read it.</param>
/// <param name="Exception">The exception text, for an administrator.</param>
/// <param name="Time">When.</param>
/// <param name="ResolvedAt">When a retry resolved it; null while open.</param>
public sealed record InstanceIncident(string Id, string ActivityId, string ActivityType, string? ActivityName, string Message, string Exception,
    DateTimeOffset Time, DateTimeOffset? ResolvedAt);

/// <summary>Where one activity of an instance stands (an instance viewer colours the diagram's nodes by it).</summary>
/// <param name="ActivityId">Activity id.</param>
/// <param name="Name">Its name in the definition.</param>
/// <param name="Type">Its type.</param>
/// <param name="State">Its state now.</param>
/// <param name="Completions">How often it completed (a loop runs an activity more than once).</param>
/// <param name="LastAt">Its last journal entry.</param>
public sealed record ActivityProgress(string ActivityId, string? Name, string Type, ActivityState State, int Completions, DateTimeOffset? LastAt);

/// <summary>The state of one activity in one instance.</summary>
public enum ActivityState
{
    /// <summary>No path has reached it yet.</summary>
    NotReached,
    /// <summary>It waits on an open bookmark.</summary>
    Waiting,
    /// <summary>It completed (its last entry).</summary>
    Completed,
    /// <summary>It has an open incident.</summary>
    Faulted,
    /// <summary>No path reached it and none can (dead-path elimination).</summary>
    Skipped,
    /// <summary>Its work or bookmark was cancelled.</summary>
    Cancelled,
}

/// <summary>A published version with its parsed definition.</summary>
/// <param name="Summary">The version.</param>
/// <param name="Definition">Its definition, parsed (from the engine's cache).</param>
public sealed record PublishedDefinition(DefinitionSummary Summary, WorkflowDefinition Definition);
