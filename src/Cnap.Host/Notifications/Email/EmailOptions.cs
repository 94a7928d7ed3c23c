namespace Cnap.Host.Notifications.Email;

public enum EmailTransportKind
{
    /// <summary>Nothing leaves the machine: messages are logged and shown in the Desk's outbox.</summary>
    Log,
    Smtp,
}

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

public sealed class EmailOptions
{
    public EmailTransportKind Transport { get; set; } = EmailTransportKind.Log;

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Empty: no login (a relay that trusts the network).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "cnap@localhost";

    public string FromName { get; set; } = "ЦНАП";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// SHA-1 or SHA-256 thumbprint (hex) of a certificate to accept without an authority, e.g. an internal relay's
    /// self-signed one. Empty: normal validation only.
    /// </summary>
    public string? TrustedCertificateThumbprint { get; set; }
}
