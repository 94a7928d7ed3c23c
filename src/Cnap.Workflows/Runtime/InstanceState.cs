using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Cnap.Workflows.Activities;

namespace Cnap.Workflows.Runtime;

/// <summary>
/// The mutable execution state of one instance, stored as one small JSON document. The journal is never part of
/// it (journal entries are rows), so the document stays a few hundred bytes however long the instance lives.
/// </summary>
public sealed class InstanceState
{
    /// <summary>Variable values by variable name.</summary>
    public Dictionary<string, JsonNode?> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The workflow input given at start.</summary>
    public JsonObject? Input { get; set; }

    /// <summary>Work not yet done; empty unless the instance faulted mid-burst (retry resumes from here).</summary>
    public List<WorkItem> Queue { get; set; } = [];

    /// <summary>Partial join states by activity id.</summary>
    public Dictionary<string, JoinState> Joins { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Open bookmarks (the authoritative list; rows hold payloads and due times for lookup).</summary>
    public List<OpenBookmark> Bookmarks { get; set; } = [];

    /// <summary>Sequence number for the next journal entry.</summary>
    public long NextSequence { get; set; } = 1;

    /// <summary>Serialises to compact JSON.</summary>
    public string Serialize() => JsonSerializer.Serialize(this, InstanceStateJson.Default.InstanceState);

    /// <summary>Reads stored JSON.</summary>
    public static InstanceState Deserialize(string json) => JsonSerializer.Deserialize(json, InstanceStateJson.Default.InstanceState) ?? new InstanceState();
}

/// <summary>
/// Compile-time (de)serialisation of <see cref="InstanceState"/>: camelCase, nulls omitted, as the stored documents
/// have always been written; no reflection on the first transition of a process.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InstanceState))]
internal sealed partial class InstanceStateJson : JsonSerializerContext;

/// <summary>Visits recorded at a join: connection indexes seen, how many were followed, and whether it already ran (WaitAny).</summary>
public sealed class JoinState
{
    /// <summary>Indexes of visited inbound connections.</summary>
    public List<int> Visited { get; set; } = [];

    /// <summary>How many visits followed the connection.</summary>
    public int Followed { get; set; }

    /// <summary>A WaitAny join that already ran ignores later arrivals.</summary>
    public bool Fired { get; set; }
}

/// <summary>An open bookmark as the instance knows it.</summary>
public sealed record OpenBookmark(string Id, string ActivityId, string Name, string Callback, DateTimeOffset? DueAt = null);

/// <summary>A scheduled activity execution (or resumption).</summary>
public sealed record WorkItem(string ActivityId, ResumeInfo? Resume = null, bool Triggered = false);
