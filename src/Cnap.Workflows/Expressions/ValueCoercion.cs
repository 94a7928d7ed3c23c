using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;

namespace Cnap.Workflows.Expressions;

/// <summary>Converts expression results and stored JSON to the CLR type an input or variable needs ("True" → true, "00:00:05" → 5 s).</summary>
public static class ValueCoercion
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/>; throws <see cref="FormatException"/> when it cannot.</summary>
    public static object? Convert(object? value, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target);
        if (value is null || (value is JsonValue jv && jv.GetValueKind() == JsonValueKind.Null))
            return target.IsValueType && underlying is null ? Activator.CreateInstance(target) : null;
        target = underlying ?? target;
        if (target.IsInstanceOfType(value) && value is not JsonNode)
            return value;
        if (value is JsonNode node)
            return FromJson(node, target);
        if (target == typeof(object))
            return value;
        if (target == typeof(string))
            return value switch
            {
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString(),
            };
        if (value is string text)
            return FromString(text, target);
        if (target.IsEnum)
            return Enum.ToObject(target, System.Convert.ToInt64(value, CultureInfo.InvariantCulture));
        if (target == typeof(bool) && value is IConvertible numeric && value is not string)
            return System.Convert.ToDouble(numeric, CultureInfo.InvariantCulture) != 0;
        if (target == typeof(TimeSpan) && value is IConvertible ms)
            return TimeSpan.FromMilliseconds(System.Convert.ToDouble(ms, CultureInfo.InvariantCulture));
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        return JsonSerializer.SerializeToNode(value, Json) is { } json ? FromJson(json, target) : null;
    }

    /// <summary>Converts a CLR value to JSON for storage.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Json),
    };

    /// <summary>Converts a host context object to JSON keeping .NET member names (<c>Case.Number</c>).</summary>
    public static JsonNode? ToHostJson(object? value) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), HostJson),
    };

    private static readonly JsonSerializerOptions HostJson = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>The plain CLR value of stored JSON: string, bool, long/decimal/double, dictionary, list, or null.</summary>
    public static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        JsonArray array => array.Select(ToPlain).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => value.TryGetValue<long>(out var l) ? l : value.TryGetValue<double>(out var d) ? d : (object)value.GetValue<decimal>(),
            _ => null,
        },
        _ => null,
    };

    private static object? FromJson(JsonNode node, Type target)
    {
        if (typeof(JsonNode).IsAssignableFrom(target))
            return node.DeepClone();
        if (target == typeof(object))
            return ToPlain(node);
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            return FromString(value.GetValue<string>(), target);
        if (target == typeof(string))
            return node is JsonValue ? node.ToJsonString().Trim('"') : node.ToJsonString();
        if (node is JsonValue scalar)
            return Convert(ToPlain(scalar), target);
        return node.Deserialize(target, Json);
    }

    private static object? FromString(string text, Type target)
    {
        if (target == typeof(string) || target == typeof(object))
            return text;
        if (string.IsNullOrWhiteSpace(text))
            return target.IsValueType ? Activator.CreateInstance(target) : null;
        if (target == typeof(bool))
            return bool.TryParse(text.Trim(), out var b) ? b : throw new FormatException($"'{text}' is not a Boolean");
        if (target.IsEnum)
            return Enum.Parse(target, text.Trim(), ignoreCase: true);
        if (target == typeof(TimeSpan))
            return ParseTimeSpan(text.Trim());
        if (target == typeof(DateTimeOffset))
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        if (target == typeof(DateTime))
            return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
        if (target == typeof(Guid))
            return Guid.Parse(text);
        if (typeof(IConvertible).IsAssignableFrom(target))
            return System.Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('[') || trimmed.StartsWith('{') || trimmed.StartsWith('"'))
            return JsonNode.Parse(text)?.Deserialize(target, Json);
        // A list of names typed as "A, B" or one per line.
        var items = text.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()).Deserialize(target, Json);
    }

    private static TimeSpan ParseTimeSpan(string text) =>
        text.StartsWith('P') || text.StartsWith("-P", StringComparison.Ordinal)
            ? XmlConvert.ToTimeSpan(text)
            : TimeSpan.Parse(text, CultureInfo.InvariantCulture);
}
