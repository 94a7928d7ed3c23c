using System.Text.Json.Nodes;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>
/// Three-way merge of a card after a conflicting save: what this session changed since it opened the card is
/// replayed onto the other methodologist's newer save, activity by activity and connection by connection. Where
/// both changed the same activity or field, this session's version wins and the overlap is named.
/// </summary>
public static class CardMerge
{
    public sealed record Result(JsonObject Card, IReadOnlyList<string> Overlaps);

    public static Result Merge(JsonObject @base, JsonObject mine, JsonObject theirs)
    {
        var merged = (JsonObject)theirs.DeepClone();
        var overlaps = new List<string>();
        foreach (var key in mine.Select(p => p.Key).Union(@base.Select(p => p.Key)).Where(k => k != "root"))
        {
            if (Pick(@base[key], mine[key], theirs[key], out var value, out var overlap))
                Set(merged, key, value);
            if (overlap)
                overlaps.Add(key);
        }
        var root = (JsonObject)merged["root"]!;
        root["activities"] = MergeById(Items(@base, "activities"), Items(mine, "activities"), Items(theirs, "activities"), a => a["id"]?.ToString() ?? "", overlaps);
        root["connections"] = MergeById(Items(@base, "connections"), Items(mine, "connections"), Items(theirs, "connections"),
            c => CardEdits.KeyOf(CardEdits.End(c, "source"), c["source"]?["port"]?.ToString() ?? "", CardEdits.End(c, "target")), overlaps);
        return new Result(merged, overlaps);
    }

    // Mine unchanged → theirs; theirs unchanged → mine; both changed → mine (an overlap).
    private static bool Pick(JsonNode? @base, JsonNode? mine, JsonNode? theirs, out JsonNode? value, out bool overlap)
    {
        overlap = false;
        value = null;
        if (JsonNode.DeepEquals(mine, @base))
            return false;
        value = mine?.DeepClone();
        overlap = !JsonNode.DeepEquals(theirs, @base) && !JsonNode.DeepEquals(theirs, mine);
        return true;
    }

    private static JsonArray MergeById(List<JsonObject> @base, List<JsonObject> mine, List<JsonObject> theirs, Func<JsonObject, string> key, List<string> overlaps)
    {
        var baseById = @base.GroupBy(key).ToDictionary(g => g.Key, g => g.First());
        var mineById = mine.GroupBy(key).ToDictionary(g => g.Key, g => g.First());
        var result = theirs.Select(t => (Key: key(t), Node: (JsonNode?)t.DeepClone())).ToList();
        foreach (var id in mineById.Keys.Union(baseById.Keys))
        {
            var index = result.FindIndex(r => r.Key == id);
            var theirsNode = index < 0 ? null : result[index].Node;
            if (!Pick(baseById.GetValueOrDefault(id), mineById.GetValueOrDefault(id), theirsNode, out var value, out var overlap))
                continue;
            if (overlap)
                overlaps.Add(id);
            if (index >= 0 && value is null)
                result.RemoveAt(index);
            else if (index >= 0)
                result[index] = (id, value);
            else if (value is not null)
                result.Add((id, value));
        }
        return new JsonArray([.. result.Select(r => r.Node)]);
    }

    private static List<JsonObject> Items(JsonObject card, string key) =>
        ((card["root"] as JsonObject)?[key] as JsonArray ?? []).OfType<JsonObject>().ToList();

    private static void Set(JsonObject target, string key, JsonNode? value)
    {
        if (value is null)
            target.Remove(key);
        else
            target[key] = value;
    }
}
