using System.Text.Json.Nodes;

namespace Cnap.Host.Tests.TechnologicalCards;

/// <summary>The paths at which two JSON documents differ (values, missing or extra keys, array lengths).</summary>
public static class JsonDifference
{
    public static List<string> Paths(JsonNode? left, JsonNode? right, string path = "$")
    {
        var found = new List<string>();
        switch (left, right)
        {
            case (JsonObject a, JsonObject b):
                foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
                    found.AddRange(Paths(a[key], b[key], $"{path}.{key}"));
                break;
            case (JsonArray a, JsonArray b) when a.Count == b.Count:
                for (var i = 0; i < a.Count; i++)
                    found.AddRange(Paths(a[i], b[i], $"{path}[{i}]"));
                break;
            default:
                if (!JsonNode.DeepEquals(left, right))
                    found.Add(path);
                break;
        }
        return found;
    }
}
