using System.Text.Json.Nodes;

namespace Cnap.Workflows.Definitions;

/// <summary>
/// One activity of a flowchart. <see cref="Raw"/> is the activity's JSON exactly as imported (inputs, designer
/// metadata, unknown fields), so unknown activity types survive load → save.
/// </summary>
public sealed class ActivityNode(string id, string type, string? name, int typeVersion, JsonObject raw)
{
    /// <summary>Id, unique within the flowchart (any string).</summary>
    public string Id { get; } = id;

    /// <summary>Activity type name, e.g. <c>Elsa.FlowDecision</c>.</summary>
    public string Type { get; } = type;

    /// <summary>Name given in the designer (e.g. <c>WriteLine1</c>), if any.</summary>
    public string? Name { get; } = name;

    /// <summary>Version of the activity type.</summary>
    public int TypeVersion { get; } = typeVersion;

    /// <summary>The activity JSON as imported; treat as read-only.</summary>
    public JsonObject Raw { get; } = raw;

    /// <summary>Display text from the designer metadata, falling back to the name.</summary>
    public string? DisplayText => (Raw.Get("metadata") as JsonObject)?.GetString("displayText") ?? Name;

    /// <summary>The JSON of an input or output property (case-insensitive).</summary>
    public JsonNode? Property(string name) => Raw.Get(name);

    /// <summary>A custom property, looked up in <c>customProperties</c> and then at top level (older exports).</summary>
    public JsonNode? CustomProperty(string name) =>
        (Raw.Get("customProperties") as JsonObject)?.Get(name) ?? Raw.Get(name);

    /// <summary>The designer's "can start workflow" flag: the activity is a trigger that starts new instances.</summary>
    public bool CanStartWorkflow => CustomProperty("canStartWorkflow") switch
    {
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) => bool.TryParse(text, out var parsed) && parsed,
        _ => false,
    };

    /// <summary>"'WriteLine1' (id a1, Elsa.WriteLine)" — how messages name an activity.</summary>
    public string Describe() => $"'{Name ?? Id}' (id {Id}, {Type})";

    /// <inheritdoc />
    public override string ToString() => Describe();
}
