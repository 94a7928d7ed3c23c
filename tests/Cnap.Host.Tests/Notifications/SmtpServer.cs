using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Cnap.Host.Tests.Notifications;

/// <summary>
/// Debian's aiosmtpd on a free loopback port, writing what it receives to a Maildir (scripts/test.sh installs
/// python3-aiosmtpd). A real SMTP conversation, so MailKit's behaviour and the MIME on the wire are what is tested.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly string maildir;

    private SmtpServer(Process process, string maildir, int port)
    {
        this.process = process;
        this.maildir = maildir;
        Port = port;
    }

    public int Port { get; }

    public Dictionary<string, string?> HostSettings => new()
    {
        ["Notifications:Email:Transport"] = "Smtp",
        ["Notifications:Email:Host"] = "127.0.0.1",
        ["Notifications:Email:Port"] = Port.ToString(),
        ["Notifications:Email:Security"] = "None",
        ["Notifications:Email:From"] = "cnap@test.example",
        ["Notifications:Email:FromName"] = "ЦНАП Подільського району",
    };

    /// <param name="tls">
    /// With <see cref="SmtpTls.StartTls"/> the server refuses mail until the client has switched to TLS (aiosmtpd's
    /// default <c>require_starttls</c>); with <see cref="SmtpTls.OnConnect"/> it speaks TLS from the first byte (SMTPS).
    /// </param>
    public static async Task<SmtpServer> StartAsync(int? port = null, SmtpTls tls = SmtpTls.None, TestCertificate? certificate = null)
    {
        var maildir = Path.Combine(Path.GetTempPath(), "cnap-smtp-" + Guid.NewGuid().ToString("N"));
        var listening = port ?? FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{listening}", "-c", "aiosmtpd.handlers.Mailbox" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        if (tls != SmtpTls.None)
        {
            var files = certificate ?? throw new ArgumentNullException(nameof(certificate), "TLS needs a certificate");
            var (cert, key) = tls == SmtpTls.StartTls ? ("--tlscert", "--tlskey") : ("--smtpscert", "--smtpskey");
            foreach (var argument in new[] { cert, files.CertificatePath, key, files.KeyPath })
                start.ArgumentList.Add(argument);
        }
        // The handler's argument last: aiosmtpd passes what follows the options to the handler class.
        start.ArgumentList.Add(maildir);
        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var server = new SmtpServer(process, maildir, listening);
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
                throw new InvalidOperationException(
                    $"aiosmtpd exited: {await process.StandardError.ReadToEndAsync()} (install python3-aiosmtpd; scripts/test.sh does)");
            if (await AcceptsAsync(listening))
                return server;
            await Task.Delay(50);
        }
        await server.DisposeAsync();
        throw new TimeoutException($"aiosmtpd did not listen on port {listening}");
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Received()
    {
        var folder = Path.Combine(maildir, "new");
        if (!Directory.Exists(folder))
            return [];
        return [.. new DirectoryInfo(folder).GetFiles().OrderBy(f => f.LastWriteTimeUtc).Select(f => MimeMessage.Load(f.FullName))];
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
        if (Directory.Exists(maildir))
            Directory.Delete(maildir, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}

public enum SmtpTls
{
    None,
    StartTls,
    OnConnect,
}
