using System.Text.Json.Nodes;

namespace Cnap.Workflows.Runtime;

/// <summary>The effects of a burst, for the persistence layer to apply in one transaction.</summary>
public sealed class BurstResult
{
    /// <summary>Status after the burst.</summary>
    public WorkflowStatus Status { get; internal set; }

    /// <summary>False when the stimulus had no effect (bookmark already consumed, instance not active).</summary>
    public bool Applied { get; internal set; } = true;

    /// <summary>Why the stimulus had no effect.</summary>
    public string? NotAppliedReason { get; internal set; }

    /// <summary>Bookmarks created.</summary>
    public List<NewBookmark> AddedBookmarks { get; } = [];

    /// <summary>Ids of bookmarks consumed or cancelled.</summary>
    public List<string> RemovedBookmarkIds { get; } = [];

    /// <summary>Journal entries appended.</summary>
    public List<JournalEntry> Journal { get; } = [];

    /// <summary>Incidents recorded.</summary>
    public List<IncidentEntry> Incidents { get; } = [];

    /// <summary>Activity executions in this burst.</summary>
    public int Executions { get; internal set; }
}

/// <summary>A bookmark to store.</summary>
public sealed record NewBookmark(string Id, string ActivityId, string Name, string Hash, JsonObject? Payload, string Callback, DateTimeOffset? DueAt, DateTimeOffset CreatedAt);

/// <summary>A journal event.</summary>
public enum JournalEvent
{
    /// <summary>The instance started.</summary>
    Started,
    /// <summary>An activity completed (with outcomes).</summary>
    Completed,
    /// <summary>An activity created a bookmark.</summary>
    Suspended,
    /// <summary>A bookmark was resumed by a stimulus.</summary>
    Resumed,
    /// <summary>An activity (or the instance) faulted.</summary>
    Faulted,
    /// <summary>Pending work or a bookmark was cancelled, or the instance was.</summary>
    Cancelled,
    /// <summary>An activity was not run because no path reached it (dead-path elimination).</summary>
    Skipped,
    /// <summary>The instance finished.</summary>
    Finished,
    /// <summary>A faulted instance was retried.</summary>
    Retried,
}

/// <summary>One journal entry; activity fields are null for instance-level events.</summary>
public sealed record JournalEntry(long Sequence, DateTimeOffset Time, string? ActivityId, string? ActivityType, string? ActivityName,
    JournalEvent Event, IReadOnlyList<string>? Outcomes = null, string? Text = null, string? BookmarkId = null);

/// <summary>An activity failure.</summary>
public sealed record IncidentEntry(string Id, string ActivityId, string ActivityType, string? ActivityName, string Message, string Exception, DateTimeOffset Time);
