using System.Text.Json.Nodes;

namespace Cnap.Workflows.Runtime;

/// <summary>
/// Starts, resumes, signals and cancels instances. Each call runs in the caller's transaction when one is open on
/// the scope's context (the caller commits), otherwise in its own.
/// </summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts an instance of the published version of a definition.</summary>
    Task<InstanceResult> StartAsync(StartWorkflow request, CancellationToken cancellationToken = default);

    /// <summary>Resumes one bookmark by id; idempotent (a consumed bookmark is a no-op reported as such).</summary>
    Task<ResumeResult> ResumeAsync(string bookmarkId, JsonNode? input = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes every bookmark matching the stimulus and starts the definitions it triggers; queues it when nothing matches.</summary>
    Task<SendResult> SendAsync(Stimulus stimulus, CancellationToken cancellationToken = default);

    /// <summary>Cancels an instance: its bookmarks and timers are removed.</summary>
    Task<InstanceResult> CancelAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Retries a faulted instance from the activity that failed; its open incidents are resolved.</summary>
    Task<InstanceResult> RetryAsync(string instanceId, CancellationToken cancellationToken = default);
}

/// <summary>Start request.</summary>
/// <param name="DefinitionId">The definition; its published version starts.</param>
/// <param name="Input">Workflow input (<c>getInput('X')</c>).</param>
/// <param name="CorrelationId">Application key, e.g. a case id.</param>
public sealed record StartWorkflow(string DefinitionId, JsonObject? Input = null, string? CorrelationId = null);

/// <summary>A stimulus: name and payload select bookmarks and triggers; input goes to the resumed activity.</summary>
public sealed record Stimulus(string Name, JsonObject? Payload = null, JsonNode? Input = null);

/// <summary>Outcome for one instance; <paramref name="OpenedBookmarkIds"/> are the bookmarks the burst created.</summary>
public sealed record InstanceResult(string InstanceId, WorkflowStatus Status, bool Applied = true, string? Reason = null, IReadOnlyList<string>? OpenedBookmarkIds = null);

/// <summary>Outcome of resuming one bookmark; <paramref name="OpenedBookmarkIds"/> are the bookmarks the burst created.</summary>
public sealed record ResumeResult(string BookmarkId, ResumeOutcome Outcome, string? InstanceId = null, WorkflowStatus? Status = null, string? Reason = null,
    IReadOnlyList<string>? OpenedBookmarkIds = null);

/// <summary>Whether a resume took effect.</summary>
public enum ResumeOutcome
{
    /// <summary>The bookmark was consumed and the instance ran.</summary>
    Resumed,
    /// <summary>Another resume consumed it first, or the instance is no longer active; nothing happened.</summary>
    AlreadyConsumed,
    /// <summary>No such bookmark (consumed earlier, or never created); nothing happened.</summary>
    NotFound,
}

/// <summary>What a stimulus did.</summary>
public sealed record SendResult(IReadOnlyList<ResumeResult> Resumed, IReadOnlyList<InstanceResult> Started, string? QueuedStimulusId);

/// <summary>No published version, or no such definition or instance.</summary>
public sealed class WorkflowNotFoundException(string message) : Exception(message);
