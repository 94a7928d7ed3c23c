using System.Text.Json.Nodes;
using Cnap.Workflows.Descriptors;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>The designer's edits of a card's JSON; each one is a single undo step of <see cref="CardDocument"/>.</summary>
public static class CardEdits
{
    public static string? AddActivity(this CardDocument card, ActivityDescriptor descriptor, int x, int y)
    {
        string? id = null;
        card.Edit(c =>
        {
            id = c.NewId(descriptor.Name);
            var activity = new JsonObject
            {
                ["id"] = id,
                ["name"] = id,
                ["type"] = descriptor.TypeName,
                ["version"] = descriptor.Version,
                ["customProperties"] = new JsonObject(),
                ["metadata"] = new JsonObject { ["designer"] = Designer(x, y), ["displayText"] = descriptor.DisplayName },
            };
            foreach (var input in descriptor.Inputs.Where(i => i.IsWrapped && i.DefaultValue is not null))
                activity[input.Name] = InputValue(input.TypeName, input.DefaultSyntax, JsonValue.Create(input.DefaultValue!.ToString()));
            c.Activities.Add(activity);
            return true;
        });
        return id;
    }

    public static bool Move(this CardDocument card, IReadOnlyCollection<NodeMove> moves) => card.Edit(c =>
    {
        var moved = false;
        foreach (var move in moves)
        {
            if (c.Activity(move.Id) is not { } activity)
                continue;
            var metadata = Child(activity, "metadata");
            var designer = Child(metadata, "designer");
            var position = Child(designer, "position");
            if (CanvasProjection.Number(position["x"]) == move.X && CanvasProjection.Number(position["y"]) == move.Y)
                continue;
            position["x"] = move.X;
            position["y"] = move.Y;
            moved = true;
        }
        return moved;
    });

    /// <summary>Connects an outcome to an activity (replacing the connection <paramref name="replaces"/> when a drawn edge was moved).</summary>
    public static bool Connect(this CardDocument card, string source, string port, string target, string? replaces = null) => card.Edit(c =>
    {
        if (source == target || c.Activity(source) is null || c.Activity(target) is null)
            return false;
        if (c.Definition.Root.Connections.Any(x => x.Source == source && x.SourcePort == port && x.Target == target))
            return false;
        if (replaces is not null)
            RemoveConnections(c, [replaces]);
        c.Connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = source, ["port"] = port },
            ["target"] = new JsonObject { ["activity"] = target, ["port"] = "In" },
            ["vertices"] = new JsonArray(),
        });
        return true;
    });

    public static bool Delete(this CardDocument card, IReadOnlyCollection<string> activityIds, IReadOnlyCollection<string> connectionKeys) => card.Edit(c =>
    {
        var ids = activityIds.ToHashSet(StringComparer.Ordinal);
        var removed = RemoveConnections(c, connectionKeys);
        foreach (var activity in c.Activities.OfType<JsonObject>().Where(a => ids.Contains(a["id"]!.GetValue<string>())).ToList())
            removed |= c.Activities.Remove(activity);
        foreach (var connection in c.Connections.OfType<JsonObject>().Where(x => ids.Contains(End(x, "source")) || ids.Contains(End(x, "target"))).ToList())
            removed |= c.Connections.Remove(connection);
        return removed;
    });

    /// <summary>The label on the canvas: the designer's display text.</summary>
    public static bool SetLabel(this CardDocument card, string activityId, string label) => card.Edit(c =>
    {
        if (c.Activity(activityId) is not { } activity)
            return false;
        var metadata = Child(activity, "metadata");
        if (metadata["displayText"]?.GetValue<string>() == label)
            return false;
        metadata["displayText"] = label;
        return true;
    });

    /// <summary>Sets a wrapped input (<c>{typeName, expression: {type, value}}</c>); an empty literal removes it.</summary>
    public static bool SetInput(this CardDocument card, string activityId, InputDescriptor input, string syntax, string? value) => card.Edit(c =>
    {
        if (c.Activity(activityId) is not { } activity)
            return false;
        var existing = activity[input.Name] as JsonObject;
        var expression = existing?["expression"] as JsonObject;
        if (expression?["type"]?.GetValue<string>() == syntax && expression["value"]?.ToString() == (value ?? ""))
            return false;
        if (string.IsNullOrEmpty(value) && syntax == "Literal" && !input.IsRequired)
            return activity.Remove(input.Name);
        if (existing is not null && expression is not null)
        {
            expression["type"] = syntax;
            expression["value"] = value;
        }
        else
            activity[input.Name] = InputValue(input.TypeName, syntax, JsonValue.Create(value));
        return true;
    });

    /// <summary>Sets an unwrapped input (switch cases, flags) to raw JSON.</summary>
    public static bool SetRawInput(this CardDocument card, string activityId, string name, JsonNode? value) => card.Edit(c =>
    {
        if (c.Activity(activityId) is not { } activity || JsonNode.DeepEquals(activity[name], value))
            return false;
        activity[name] = value?.DeepClone();
        return true;
    });

    public static string KeyOf(string source, string port, string target) => $"{source}|{port}|{target}";

    internal static string NewId(this CardDocument card, string typeName)
    {
        var taken = card.Activities.OfType<JsonObject>().Select(a => a["id"]?.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            if (!taken.Contains(typeName + n))
                return typeName + n;
        }
    }

    internal static JsonObject Designer(int x, int y) => new()
    {
        ["position"] = new JsonObject { ["x"] = x, ["y"] = y },
    };

    internal static string End(JsonObject connection, string end) =>
        (connection[end] as JsonObject)?["activity"]?.GetValue<string>() ?? connection[end]?.ToString() ?? "";

    private static string Port(JsonObject connection) => (connection["source"] as JsonObject)?["port"]?.GetValue<string>() ?? "Done";

    private static bool RemoveConnections(CardDocument card, IReadOnlyCollection<string> keys)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        var removed = false;
        foreach (var connection in card.Connections.OfType<JsonObject>().Where(x => wanted.Contains(KeyOf(End(x, "source"), Port(x), End(x, "target")))).ToList())
            removed |= card.Connections.Remove(connection);
        return removed;
    }

    private static JsonObject InputValue(string typeName, string syntax, JsonNode? value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value },
    };

    private static JsonObject Child(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject child)
            return child;
        child = new JsonObject();
        parent[key] = child;
        return child;
    }
}

public sealed record NodeMove(string Id, int X, int Y);
