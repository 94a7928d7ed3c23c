using System.Text.Json.Nodes;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>
/// Copy and paste of activities with the connections among them, as JSON the browser keeps (so it pastes into
/// another card too). Pasted activities get fresh ids and land around the point given.
/// </summary>
public static class CardClipboard
{
    private const string Marker = "cnap:clipboard";

    public static string? Copy(this CardDocument card, IReadOnlyCollection<string> activityIds, IReadOnlyDictionary<string, (int X, int Y)> shownAt)
    {
        var ids = activityIds.ToHashSet(StringComparer.Ordinal);
        var activities = new JsonArray();
        foreach (var activity in card.Activities.OfType<JsonObject>().Where(a => ids.Contains(a["id"]!.GetValue<string>())))
        {
            var copy = (JsonObject)activity.DeepClone();
            if (shownAt.TryGetValue(activity["id"]!.GetValue<string>(), out var at))
                Place(copy, at.X, at.Y);
            activities.Add(copy);
        }
        if (activities.Count == 0)
            return null;
        var connections = new JsonArray(card.Connections.OfType<JsonObject>()
            .Where(c => ids.Contains(CardEdits.End(c, "source")) && ids.Contains(CardEdits.End(c, "target")))
            .Select(c => (JsonNode)c.DeepClone()).ToArray());
        return new JsonObject { [Marker] = 1, ["activities"] = activities, ["connections"] = connections }.ToJsonString();
    }

    /// <summary>Adds the fragment's activities; returns their new ids (empty when the text is no fragment).</summary>
    public static IReadOnlyList<string> Paste(this CardDocument card, string fragment, int x, int y)
    {
        JsonObject? parsed;
        try
        {
            parsed = JsonNode.Parse(fragment) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
        if (parsed?[Marker] is null || parsed["activities"] is not JsonArray activities || activities.Count == 0)
            return [];
        var added = new List<string>();
        card.Edit(c =>
        {
            var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
            var positions = activities.OfType<JsonObject>().Select(a => PositionOf(a)).ToList();
            var left = positions.Min(p => p.X);
            var top = positions.Min(p => p.Y);
            foreach (var activity in activities.OfType<JsonObject>().Select(a => (JsonObject)a.DeepClone()))
            {
                var oldId = activity["id"]!.GetValue<string>();
                var type = activity["type"]?.GetValue<string>() ?? "Activity";
                var id = c.NewId(type[(type.LastIndexOf('.') + 1)..]);
                renamed[oldId] = id;
                activity["id"] = id;
                if (activity["name"]?.GetValue<string>() == oldId)
                    activity["name"] = id;
                activity.Remove("nodeId");
                var at = PositionOf(activity);
                Place(activity, x + at.X - left, y + at.Y - top);
                c.Activities.Add(activity);
                added.Add(id);
            }
            foreach (var connection in (parsed["connections"] as JsonArray ?? []).OfType<JsonObject>().Select(x => (JsonObject)x.DeepClone()))
            {
                if (renamed.TryGetValue(CardEdits.End(connection, "source"), out var source) && renamed.TryGetValue(CardEdits.End(connection, "target"), out var target))
                {
                    connection["source"]!["activity"] = source;
                    connection["target"]!["activity"] = target;
                    c.Connections.Add(connection);
                }
            }
            return added.Count > 0;
        });
        return added;
    }

    private static (int X, int Y) PositionOf(JsonObject activity)
    {
        var position = (activity["metadata"] as JsonObject)?["designer"]?["position"] as JsonObject;
        return ((int)(CanvasProjection.Number(position?["x"]) ?? 0), (int)(CanvasProjection.Number(position?["y"]) ?? 0));
    }

    private static void Place(JsonObject activity, int x, int y)
    {
        if (activity["metadata"] is not JsonObject metadata)
            activity["metadata"] = metadata = new JsonObject();
        if (metadata["designer"] is not JsonObject designer)
            metadata["designer"] = designer = new JsonObject();
        designer["position"] = new JsonObject { ["x"] = x, ["y"] = y };
    }
}
