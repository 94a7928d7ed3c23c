using Cnap.Domain.Notifications;
using Cnap.Testing;

namespace Cnap.Host.Tests.Notifications;

/// <summary>E-mail over STARTTLS and implicit TLS to aiosmtpd on loopback with a self-signed certificate made by the test.</summary>
public sealed class SmtpTlsTests
{
    [Fact]
    public async Task Over_starttls_to_a_relay_whose_certificate_is_pinned_by_its_sha256_thumbprint_the_email_arrives()
    {
        using var certificate = new TestCertificate();
        await using var smtp = await SmtpServer.StartAsync(tls: SmtpTls.StartTls, certificate: certificate);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var settings = new Dictionary<string, string?>(smtp.HostSettings)
        {
            ["Notifications:Email:Security"] = "StartTls",
            // As openssl prints it: colons between the bytes.
            ["Notifications:Email:TrustedCertificateThumbprint"] = string.Join(':', certificate.Sha256.Chunk(2).Select(c => new string(c))),
        };
        await using var host = NotificationHost.Start(database, settings);
        var email = (await host.NotifyAsync(NotificationEvent.ReadyForIssue, NotificationHost.Olena(phone: null))).Single();

        await host.Dispatcher.DispatchDueAsync();

        Assert.Equal("olena.petrenko@example.com", Assert.Single(smtp.Received()).To.Mailboxes.Single().Address);
        Assert.Equal(OutboxStatus.Delivered, (await host.EntryAsync(email.Id)).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Over_starttls_an_untrusted_certificate_stops_the_email_with_a_temporary_failure_naming_the_certificate(bool anotherPinned)
    {
        using var certificate = new TestCertificate();
        using var other = new TestCertificate("other.cnap.internal");
        await using var smtp = await SmtpServer.StartAsync(tls: SmtpTls.StartTls, certificate: certificate);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var settings = new Dictionary<string, string?>(smtp.HostSettings)
        {
            ["Notifications:Email:Security"] = "StartTls",
            // Without a pin: normal validation, which a self-signed certificate cannot pass.
            ["Notifications:Email:TrustedCertificateThumbprint"] = anotherPinned ? other.Sha256 : null,
        };
        await using var host = NotificationHost.Start(database, settings);
        var email = (await host.NotifyAsync(NotificationEvent.ReadyForIssue, NotificationHost.Olena(phone: null))).Single();

        await host.Dispatcher.DispatchDueAsync();

        Assert.Empty(smtp.Received());
        var failed = await host.EntryAsync(email.Id);
        Assert.Equal((OutboxStatus.TemporaryFailure, NotificationHost.Morning.AddMinutes(1)), (failed.Status, failed.DueAt));
        Assert.StartsWith("SMTP TLS: the server's certificate is not trusted (", failed.LastError);
        Assert.Contains($"CN=relay.cnap.internal, SHA-256 {certificate.Sha256}", failed.LastError);
        Assert.EndsWith("set Notifications:Email:TrustedCertificateThumbprint", failed.LastError);
    }

    [Fact]
    public async Task Over_ssl_on_connect_to_a_relay_pinned_by_its_sha1_thumbprint_the_email_arrives()
    {
        using var certificate = new TestCertificate();
        await using var smtp = await SmtpServer.StartAsync(tls: SmtpTls.OnConnect, certificate: certificate);
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var settings = new Dictionary<string, string?>(smtp.HostSettings)
        {
            ["Notifications:Email:Security"] = "SslOnConnect",
            ["Notifications:Email:TrustedCertificateThumbprint"] = certificate.Sha1.ToLowerInvariant(),
        };
        await using var host = NotificationHost.Start(database, settings);
        var email = (await host.NotifyAsync(NotificationEvent.Issued, NotificationHost.Olena(phone: null))).Single();

        await host.Dispatcher.DispatchDueAsync();

        Assert.Equal("Результат за заявою №ЦНАП-7/2026/000042 видано", Assert.Single(smtp.Received()).Subject);
        Assert.Equal(OutboxStatus.Delivered, (await host.EntryAsync(email.Id)).Status);
    }

    [Fact]
    public async Task A_thumbprint_that_is_not_one_stops_the_start()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var settings = new Dictionary<string, string?>
        {
            ["Notifications:Email:Transport"] = "Smtp",
            ["Notifications:Email:Host"] = "127.0.0.1",
            ["Notifications:Email:TrustedCertificateThumbprint"] = "yes-trust-it",
        };

        var thrown = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = NotificationHost.Start(database, settings);
        });

        Assert.Contains("Notifications:Email:TrustedCertificateThumbprint (40 or 64 hex digits)", Innermost(thrown).Message);
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
