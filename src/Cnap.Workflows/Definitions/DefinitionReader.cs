using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cnap.Workflows.Definitions;

/// <summary>
/// Reads Elsa 3 workflow JSON tolerantly: keys in any case, unknown fields kept, ids as strings, both connection
/// forms (nested and legacy flat). Structural problems throw <see cref="DefinitionFormatException"/> naming the JSON path.
/// </summary>
public static class DefinitionReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Parses a JSON text.</summary>
    public static WorkflowDefinition Read(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new DefinitionFormatException(JsonErrorLocator.PathOfError(json), $"malformed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}", e);
        }
        return node is JsonObject obj ? Read(obj) : throw new DefinitionFormatException("$", "a workflow definition must be a JSON object");
    }

    /// <summary>Reads a parsed document; the argument is not modified.</summary>
    public static WorkflowDefinition Read(JsonObject source)
    {
        var document = (JsonObject)source.DeepClone();
        document.Canonicalize("id", "definitionId", "name", "description", "version", "isLatest", "isPublished", "createdAt",
            "variables", "inputs", "outputs", "outcomes", "customProperties", "options", "root");
        var variables = ReadVariables(document.Get("variables"), "$.variables").ToList();

        if (document.Get("root") is not JsonObject root)
            throw new DefinitionFormatException("$.root", document.Get("root") is null ? "the root flowchart is missing" : "the root must be a JSON object");
        root.Canonicalize("type", "id", "activities", "connections", "variables");
        var rootType = root.GetString("type") ?? "Elsa.Flowchart";
        if (rootType != "Elsa.Flowchart")
            throw new DefinitionFormatException("$.root.type", $"only an Elsa.Flowchart root is supported, not '{rootType}'");
        variables.AddRange(ReadVariables(root.Get("variables"), "$.root.variables"));

        var activities = ReadActivities(root);
        var connections = ReadConnections(root);
        var flowchart = new Flowchart(root.GetString("id") ?? "Flowchart1", activities, connections);
        return new WorkflowDefinition(document, flowchart, variables);
    }

    private static IEnumerable<VariableDefinition> ReadVariables(JsonNode? node, string path)
    {
        if (node is null)
            yield break;
        if (node is not JsonArray array)
            throw new DefinitionFormatException(path, "variables must be an array");
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject variable)
                throw new DefinitionFormatException($"{path}[{i}]", "a variable must be an object");
            var name = variable.GetString("name");
            if (string.IsNullOrWhiteSpace(name))
                throw new DefinitionFormatException($"{path}[{i}].name", "a variable needs a name");
            yield return new VariableDefinition(variable.GetString("id") ?? name, name, variable.GetString("typeName") ?? "Object",
                variable.GetBool("isArray") ?? false, variable.Get("value")?.DeepClone());
        }
    }

    private static List<ActivityNode> ReadActivities(JsonObject root)
    {
        var node = root.Get("activities");
        if (node is null)
        {
            root["activities"] = new JsonArray();
            return [];
        }
        if (node is not JsonArray array)
            throw new DefinitionFormatException("$.root.activities", "activities must be an array");
        var result = new List<ActivityNode>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.root.activities[{i}]";
            if (array[i] is not JsonObject activity)
                throw new DefinitionFormatException(path, "an activity must be an object");
            activity.Canonicalize("id", "name", "type", "version", "customProperties", "metadata");
            var id = activity.GetString("id");
            if (string.IsNullOrWhiteSpace(id))
                throw new DefinitionFormatException($"{path}.id", "an activity needs an id");
            var type = activity.GetString("type");
            if (string.IsNullOrWhiteSpace(type))
                throw new DefinitionFormatException($"{path}.type", $"activity '{id}' needs a type");
            result.Add(new ActivityNode(id, type, activity.GetString("name"), activity.GetInt("version") ?? 1, activity));
        }
        return result;
    }

    private static List<Connection> ReadConnections(JsonObject root)
    {
        var node = root.Get("connections");
        if (node is null)
        {
            root["connections"] = new JsonArray();
            return [];
        }
        if (node is not JsonArray array)
            throw new DefinitionFormatException("$.root.connections", "connections must be an array");
        var result = new List<Connection>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.root.connections[{i}]";
            if (array[i] is not JsonObject connection)
                throw new DefinitionFormatException(path, "a connection must be an object");
            connection.Canonicalize("source", "target", "sourcePort", "targetPort", "vertices");
            var (source, sourcePort) = ReadEnd(connection, "source", "sourcePort", "Done", path);
            var (target, targetPort) = ReadEnd(connection, "target", "targetPort", "In", path);
            if (connection.Get("source") is not JsonObject)
                array[i] = ToNestedForm(connection, source, sourcePort, target, targetPort);
            result.Add(new Connection(i, source, sourcePort, target, targetPort));
        }
        return result;
    }

    private static (string Activity, string Port) ReadEnd(JsonObject connection, string key, string legacyPortKey, string defaultPort, string path)
    {
        switch (connection.Get(key))
        {
            case JsonObject nested:
                nested.Canonicalize("activity", "port");
                var activity = nested.GetString("activity");
                if (string.IsNullOrWhiteSpace(activity))
                    throw new DefinitionFormatException($"{path}.{key}.activity", $"the connection {key} names no activity");
                return (activity, nested.GetString("port") ?? defaultPort);
            case JsonValue flat when flat.GetValueKind() is JsonValueKind.String or JsonValueKind.Number:
                return (connection.GetString(key)!, connection.GetString(legacyPortKey) ?? defaultPort);
            default:
                throw new DefinitionFormatException($"{path}.{key}", $"the connection {key} is missing");
        }
    }

    private static JsonObject ToNestedForm(JsonObject legacy, string source, string sourcePort, string target, string targetPort)
    {
        var nested = new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = sourcePort },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = targetPort },
            ["vertices"] = legacy.Get("vertices")?.DeepClone() ?? new JsonArray(),
        };
        foreach (var (key, value) in legacy)
        {
            if (key is not ("source" or "target" or "sourcePort" or "targetPort" or "vertices"))
                nested[key] = value?.DeepClone();
        }
        return nested;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
