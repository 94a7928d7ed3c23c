using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cnap.Workflows.Runtime;

/// <summary>SHA-256 of a bookmark's name and canonical payload (sorted keys, no whitespace), optionally made unique.</summary>
public static class BookmarkHash
{
    /// <summary>The lowercase hex hash.</summary>
    public static string Compute(string name, JsonNode? payload, string? uniqueSalt = null)
    {
        var builder = new StringBuilder(name).Append('\n');
        using (var stream = new MemoryStream())
        {
            using (var writer = new Utf8JsonWriter(stream))
                WriteCanonical(writer, payload);
            builder.Append(Encoding.UTF8.GetString(stream.ToArray()));
        }
        if (uniqueSalt is not null)
            builder.Append('\n').Append(uniqueSalt);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteCanonical(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                    WriteCanonical(writer, item);
                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
