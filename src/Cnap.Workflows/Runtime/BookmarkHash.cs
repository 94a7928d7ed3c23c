using System.Buffers;
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
        // The bytes hashed are UTF-8 of: name, a newline, the canonical JSON, and the salt after a newline if given;
        // written into one buffer (no intermediate strings: a bookmark is hashed on every transition that opens one).
        var buffer = new ArrayBufferWriter<byte>(256);
        Encoding.UTF8.GetBytes(name, buffer);
        buffer.Write("\n"u8);
        using (var writer = new Utf8JsonWriter(buffer))
            WriteCanonical(writer, payload);
        if (uniqueSalt is not null)
        {
            buffer.Write("\n"u8);
            Encoding.UTF8.GetBytes(uniqueSalt, buffer);
        }
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
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
