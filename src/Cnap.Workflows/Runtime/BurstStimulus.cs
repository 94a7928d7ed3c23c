using System.Text.Json.Nodes;

namespace Cnap.Workflows.Runtime;

/// <summary>What makes an instance run a burst.</summary>
public abstract record BurstStimulus;

/// <summary>A new instance starts at its start node (or at the trigger activity that matched).</summary>
public sealed record StartStimulus(JsonObject? Input = null, string? TriggerActivityId = null) : BurstStimulus;

/// <summary>A bookmark is resumed.</summary>
public sealed record ResumeStimulus(string BookmarkId, JsonNode? Input = null) : BurstStimulus;

/// <summary>A faulted instance retries the work it stopped at.</summary>
public sealed record RetryStimulus : BurstStimulus;

/// <summary>The instance is cancelled: its bookmarks and pending work are dropped.</summary>
public sealed record CancelStimulus : BurstStimulus;
