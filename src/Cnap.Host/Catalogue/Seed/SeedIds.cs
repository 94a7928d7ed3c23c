using System.Security.Cryptography;
using System.Text;

namespace Cnap.Host.Catalogue.Seed;

/// <summary>
/// Stable ids for seeded rows, derived from their natural codes: a seed run twice, or on two nodes, names the same
/// rows, and demo data can point at catalogue rows without looking them up.
/// </summary>
public static class SeedIds
{
    public static Guid For(string kind, string code)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"cnap-seed:{kind}:{code}"));
        // An RFC 9562 version-8 (custom) UUID: the version and variant bits say it is not random.
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
