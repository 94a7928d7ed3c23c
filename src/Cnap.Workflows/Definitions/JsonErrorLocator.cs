using System.Text;
using System.Text.Json;

namespace Cnap.Workflows.Definitions;

/// <summary>Finds the JSON path at which a malformed document stops parsing (JsonNode's own errors only say "$").</summary>
public static class JsonErrorLocator
{
    /// <summary>The JSON path (e.g. <c>$.input.items[2]</c>) where parsing <paramref name="json"/> fails; <c>$</c> if it parses.</summary>
    public static string PathOfError(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        // Each frame: null for an object (with the last property name), or the next index for an array.
        var frames = new Stack<(bool IsArray, int Index, string? Property)>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames.Pop();
                        frames.Push((false, 0, reader.GetString()));
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        Advance(frames);
                        frames.Push((reader.TokenType == JsonTokenType.StartArray, -1, null));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        break;
                    default:
                        Advance(frames);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return Format(frames);
        }
        return "$";
    }

    private static void Advance(Stack<(bool IsArray, int Index, string? Property)> frames)
    {
        if (frames.Count > 0 && frames.Peek().IsArray)
        {
            var top = frames.Pop();
            frames.Push((true, top.Index + 1, null));
        }
    }

    private static string Format(Stack<(bool IsArray, int Index, string? Property)> frames)
    {
        var builder = new StringBuilder("$");
        foreach (var (isArray, index, property) in frames.Reverse())
        {
            if (isArray && index >= 0)
                builder.Append('[').Append(index).Append(']');
            else if (!isArray && property is not null)
                builder.Append('.').Append(property);
        }
        return builder.ToString();
    }
}
