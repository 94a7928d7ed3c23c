using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cnap.Host.Notifications.Email;

/// <summary>
/// Trust in one named certificate, for an internal relay with a self-signed one: the certificate whose SHA-1 or
/// SHA-256 thumbprint is configured is accepted although no authority vouches for it (and whatever name it carries);
/// every other certificate goes through normal validation. Nothing is trusted wholesale.
/// </summary>
internal static class CertificatePin
{
    /// <summary>Hex digits only, upper case: "AB:CD ..." as shown by browsers and openssl is accepted too.</summary>
    public static string? Normalise(string? thumbprint)
    {
        if (string.IsNullOrWhiteSpace(thumbprint))
            return null;
        return new string([.. thumbprint.Where(char.IsAsciiHexDigit)]).ToUpperInvariant();
    }

    public static bool IsWellFormed(string? thumbprint) =>
        Normalise(thumbprint) is not { } hex || (hex.Length is 40 or 64 && hex.Length == thumbprint!.Count(c => !char.IsWhiteSpace(c) && c != ':'));

    public static bool Accepts(string? pinned, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
            return true;
        if (certificate is null || Normalise(pinned) is not { } hex)
            return false;
        return hex.Length == 64
            ? hex == certificate.GetCertHashString(HashAlgorithmName.SHA256)
            : hex == certificate.GetCertHashString();
    }

    /// <summary>What an operator needs to decide whether to pin it: whose certificate it is and its SHA-256 thumbprint.</summary>
    public static string Describe(X509Certificate? certificate, SslPolicyErrors errors) => certificate is null
        ? $"the server presented no certificate ({errors})"
        : $"the server's certificate is not trusted ({errors}): {certificate.Subject}, SHA-256 {certificate.GetCertHashString(HashAlgorithmName.SHA256)}";
}
