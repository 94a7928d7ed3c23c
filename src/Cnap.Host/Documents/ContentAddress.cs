using System.Security.Cryptography;

namespace Cnap.Host.Documents;

public static class ContentAddress
{
    private const string Prefix = "sha256:";

    public static string Of(byte[] content) => Prefix + Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The hex digest of a well-formed address; anything else (a path, a traversal) is refused.</summary>
    public static string? Digest(string address) =>
        address.StartsWith(Prefix, StringComparison.Ordinal) && address.Length == Prefix.Length + 64
            && address.AsSpan(Prefix.Length).ContainsAnyExcept("0123456789abcdef") is false
            ? address[Prefix.Length..]
            : null;
}
