using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cnap.Workflows.Definitions;

/// <summary>Writes a definition back as Elsa 3 JSON: exactly what was read, with the store's managed fields applied.</summary>
public static class DefinitionWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>A copy of the document with the given top-level fields replaced (null leaves a field as it is).</summary>
    public static JsonObject ToJson(WorkflowDefinition definition, DefinitionStamp? stamp = null)
    {
        var document = (JsonObject)definition.Document.DeepClone();
        if (stamp is null)
            return document;
        Set(document, "id", stamp.Id);
        Set(document, "definitionId", stamp.DefinitionId);
        Set(document, "version", stamp.Version);
        Set(document, "isLatest", stamp.IsLatest);
        Set(document, "isPublished", stamp.IsPublished);
        Set(document, "createdAt", stamp.CreatedAt?.ToString("O"));
        return document;
    }

    /// <summary>The document as indented JSON text.</summary>
    public static string ToText(WorkflowDefinition definition, DefinitionStamp? stamp = null) =>
        ToJson(definition, stamp).ToJsonString(Indented);

    private static void Set<T>(JsonObject document, string key, T? value)
    {
        if (value is null)
            return;
        var node = JsonValue.Create(value);
        if (document.ContainsKey(key))
            document[key] = node;
        else
            document.Insert(Math.Min(document.Count, InsertPosition(key)), key, node);
    }

    private static int InsertPosition(string key) => key switch
    {
        "id" => 0,
        "definitionId" => 1,
        _ => int.MaxValue,
    };
}

/// <summary>Top-level fields the definition store owns and stamps onto exported JSON.</summary>
public sealed record DefinitionStamp(string? Id = null, string? DefinitionId = null, int? Version = null,
    bool? IsLatest = null, bool? IsPublished = null, DateTimeOffset? CreatedAt = null);
