using System.Text.Json.Nodes;

namespace Cnap.Workflows.Definitions;

/// <summary>Case-insensitive access to Elsa JSON, whose exporters have used both camelCase and PascalCase.</summary>
internal static class JsonKeys
{
    public static JsonNode? Get(this JsonObject json, string key)
    {
        if (json.TryGetPropertyValue(key, out var exact))
            return exact;
        foreach (var (name, value) in json)
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        return null;
    }

    public static string? GetString(this JsonObject json, string key) => json.Get(key) switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonValue value => value.ToJsonString(),
        _ => null,
    };

    public static int? GetInt(this JsonObject json, string key) => json.Get(key) switch
    {
        JsonValue value when value.TryGetValue<int>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text) && int.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    public static bool? GetBool(this JsonObject json, string key) => json.Get(key) switch
    {
        JsonValue value when value.TryGetValue<bool>(out var flag) => flag,
        JsonValue value when value.TryGetValue<string>(out var text) && bool.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>Renames keys that differ only in case to their canonical camelCase spelling, keeping their position.</summary>
    public static void Canonicalize(this JsonObject json, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (json.ContainsKey(key))
                continue;
            var actual = json.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
            if (actual is null)
                continue;
            var index = json.IndexOf(actual);
            var value = json[actual];
            json.RemoveAt(index);
            json.Insert(index, key, value);
        }
    }
}
