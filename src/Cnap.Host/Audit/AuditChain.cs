using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cnap.Host.Audit;

/// <summary>How an entry is hashed: SHA-256 over the previous hash and a canonical JSON array of the entry's fields.</summary>
public static class AuditChain
{
    public const string System = "system";
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(AuditEntry entry, string previousHash)
    {
        object?[] fields =
        [
            entry.Chain, entry.Sequence, entry.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            entry.UserId, entry.UserName, entry.Role, entry.Organisation, entry.Action, entry.CaseId?.ToString("D"),
            entry.ResourceKind, entry.ResourceId, entry.RemoteAddress,
        ];
        // Details came later: entries without them hash as they always did, so older chains still verify.
        var canonical = JsonSerializer.Serialize(entry.Details is null ? fields : [.. fields, entry.Details]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + canonical)));
    }

    /// <summary>PostgreSQL keeps microseconds: an entry is hashed at the precision it will be read back with.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);
}
