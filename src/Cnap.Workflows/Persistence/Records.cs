using Cnap.Workflows.Runtime;

namespace Cnap.Workflows.Persistence;

/// <summary>One version of a workflow definition (table <c>wf_definitions</c>).</summary>
internal sealed class WorkflowDefinitionRecord
{
    /// <summary>Version id.</summary>
    public required string Id { get; set; }
    /// <summary>Id shared by the versions.</summary>
    public required string DefinitionId { get; set; }
    /// <summary>1-based version number.</summary>
    public int Version { get; set; }
    /// <summary>Name.</summary>
    public string? Name { get; set; }
    /// <summary>Description.</summary>
    public string? Description { get; set; }
    /// <summary>The newest version of its definition.</summary>
    public bool IsLatest { get; set; }
    /// <summary>The version new instances start on.</summary>
    public bool IsPublished { get; set; }
    /// <summary>The Elsa JSON as imported (text, so that key order survives).</summary>
    public required string Json { get; set; }
    /// <summary>When the version was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When it was last published.</summary>
    public DateTimeOffset? PublishedAt { get; set; }
}

/// <summary>A stimulus that starts a published definition (table <c>wf_triggers</c>).</summary>
internal sealed class WorkflowTriggerRecord
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }
    /// <summary>Definition id.</summary>
    public required string DefinitionId { get; set; }
    /// <summary>The published version it starts.</summary>
    public required string DefinitionVersionId { get; set; }
    /// <summary>The trigger activity.</summary>
    public required string ActivityId { get; set; }
    /// <summary>Stimulus name.</summary>
    public required string Name { get; set; }
    /// <summary>Hash of name and payload.</summary>
    public required string Hash { get; set; }
}

/// <summary>A workflow instance (table <c>wf_instances</c>); its execution state is one small JSON document.</summary>
internal sealed class WorkflowInstanceRecord
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }
    /// <summary>Definition id.</summary>
    public required string DefinitionId { get; set; }
    /// <summary>The version the instance is pinned to.</summary>
    public required string DefinitionVersionId { get; set; }
    /// <summary>Its version number.</summary>
    public int Version { get; set; }
    /// <summary>Status.</summary>
    public WorkflowStatus Status { get; set; }
    /// <summary>Application key, e.g. a case id.</summary>
    public string? CorrelationId { get; set; }
    /// <summary><see cref="InstanceState"/> as JSON (jsonb on PostgreSQL).</summary>
    public required string State { get; set; }
    /// <summary>Created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Last burst.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Finished or cancelled.</summary>
    public DateTimeOffset? FinishedAt { get; set; }
    /// <summary>Optimistic concurrency token, incremented by every burst.</summary>
    public int Revision { get; set; }
}

/// <summary>An open bookmark (table <c>wf_bookmarks</c>); timers have a due time.</summary>
internal sealed class WorkflowBookmarkRecord
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }
    /// <summary>Instance.</summary>
    public required string InstanceId { get; set; }
    /// <summary>The waiting activity.</summary>
    public required string ActivityId { get; set; }
    /// <summary>Stimulus name.</summary>
    public required string Name { get; set; }
    /// <summary>Hash of name and canonical payload.</summary>
    public required string Hash { get; set; }
    /// <summary>Payload JSON.</summary>
    public string? Payload { get; set; }
    /// <summary>Stable id of the resume callback.</summary>
    public required string Callback { get; set; }
    /// <summary>For timers: when due (indexed).</summary>
    public DateTimeOffset? DueAt { get; set; }
    /// <summary>A sweeper's claim on a due timer expires at this time.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    /// <summary>Created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>An append-only journal row (table <c>wf_journal</c>).</summary>
internal sealed class WorkflowJournalRecord
{
    /// <summary>Instance.</summary>
    public required string InstanceId { get; set; }
    /// <summary>Sequence within the instance.</summary>
    public long Sequence { get; set; }
    /// <summary>When.</summary>
    public DateTimeOffset Time { get; set; }
    /// <summary>Activity id (null for instance events).</summary>
    public string? ActivityId { get; set; }
    /// <summary>Activity type.</summary>
    public string? ActivityType { get; set; }
    /// <summary>Activity name.</summary>
    public string? ActivityName { get; set; }
    /// <summary>Event.</summary>
    public JournalEvent Event { get; set; }
    /// <summary>Outcomes, comma-separated.</summary>
    public string? Outcomes { get; set; }
    /// <summary>WriteLine text, bookmark name, or incident message.</summary>
    public string? Text { get; set; }
    /// <summary>The bookmark concerned.</summary>
    public string? BookmarkId { get; set; }
}

/// <summary>An activity failure (table <c>wf_incidents</c>).</summary>
internal sealed class WorkflowIncidentRecord
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }
    /// <summary>Instance.</summary>
    public required string InstanceId { get; set; }
    /// <summary>Activity id.</summary>
    public required string ActivityId { get; set; }
    /// <summary>Activity type.</summary>
    public required string ActivityType { get; set; }
    /// <summary>Activity name.</summary>
    public string? ActivityName { get; set; }
    /// <summary>Message.</summary>
    public required string Message { get; set; }
    /// <summary>Exception text.</summary>
    public required string Exception { get; set; }
    /// <summary>When.</summary>
    public DateTimeOffset Time { get; set; }
    /// <summary>When a retry resolved it.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }
}

/// <summary>A stimulus that matched nothing yet, awaiting retry or dead-lettered (table <c>wf_stimuli</c>).</summary>
internal sealed class WorkflowStimulusRecord
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }
    /// <summary>Stimulus name.</summary>
    public required string Name { get; set; }
    /// <summary>Hash of name and payload.</summary>
    public required string Hash { get; set; }
    /// <summary>Payload JSON.</summary>
    public string? Payload { get; set; }
    /// <summary>Input JSON.</summary>
    public string? Input { get; set; }
    /// <summary>Deliveries tried.</summary>
    public int Attempts { get; set; }
    /// <summary>Received.</summary>
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Next retry.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>Set when retries are exhausted.</summary>
    public DateTimeOffset? DeadLetteredAt { get; set; }
    /// <summary>Why the last delivery matched nothing.</summary>
    public string? LastError { get; set; }
}
