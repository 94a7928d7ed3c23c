using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Cnap.Host.Tests.Notifications;

/// <summary>
/// A self-signed certificate made for the test, as an internal relay would have: no authority vouches for it, and its
/// name is the relay's, not the loopback address the test connects to. PEM files for aiosmtpd, thumbprints for the pin.
/// </summary>
public sealed class TestCertificate : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cnap-cert-" + Guid.NewGuid().ToString("N"));

    public TestCertificate(string name = "relay.cnap.internal")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(name);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        Directory.CreateDirectory(folder);
        File.WriteAllText(CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(KeyPath, key.ExportPkcs8PrivateKeyPem());
        Sha1 = certificate.Thumbprint;
        Sha256 = certificate.GetCertHashString(HashAlgorithmName.SHA256);
    }

    public string CertificatePath => Path.Combine(folder, "cert.pem");

    public string KeyPath => Path.Combine(folder, "key.pem");

    public string Sha1 { get; }

    public string Sha256 { get; }

    public void Dispose()
    {
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }
}
