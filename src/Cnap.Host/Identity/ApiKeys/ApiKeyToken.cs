using System.Security.Cryptography;
using System.Text;

namespace Cnap.Host.Identity.ApiKeys;

/// <summary>The token an integrator sends: <c>cnap_{prefix}_{secret}</c>.</summary>
public sealed record ApiKeyToken(string Prefix, string Secret)
{
    private const string Marker = "cnap_";

    public override string ToString() => $"{Marker}{Prefix}_{Secret}";

    public static ApiKeyToken New() =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static ApiKeyToken? Parse(string? raw)
    {
        if (raw is null || !raw.StartsWith(Marker, StringComparison.Ordinal))
            return null;
        var parts = raw[Marker.Length..].Split('_', 2);
        return parts.Length == 2 && parts[0].Length == 12 && parts[1].Length >= 32 ? new(parts[0], parts[1]) : null;
    }

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret)));

    public bool Matches(string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash()), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '~');
}
