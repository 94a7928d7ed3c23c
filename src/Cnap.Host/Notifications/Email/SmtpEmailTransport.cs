using System.Net.Sockets;
using Cnap.Host.Notifications.Dispatch;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cnap.Host.Notifications.Email;

/// <summary>
/// MailKit over SMTP: one connection per message (notices are few; a pool would hold connections servers drop).
/// A 5xx reply to the recipient or the message is final; connection, TLS, login and 4xx troubles may pass.
/// </summary>
internal sealed class SmtpEmailTransport(IOptions<NotificationOptions> options) : IEmailTransport
{
    public const string TransportName = "smtp";

    public string Name => TransportName;

    public async Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value.Email;
        MimeMessage mime;
        try
        {
            mime = Compose(message, settings);
        }
        catch (ParseException e)
        {
            return new SendOutcome.PermanentFailure($"Address refused: {e.Message}");
        }
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        string? untrusted = null;
        client.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
        {
            if (CertificatePin.Accepts(settings.TrustedCertificateThumbprint, certificate, errors))
                return true;
            untrusted = CertificatePin.Describe(certificate, errors);
            return false;
        };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, Security(settings.Security), cancellationToken);
            if (!string.IsNullOrEmpty(settings.User))
                await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return new SendOutcome.Accepted(mime.MessageId);
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode != SmtpErrorCode.UnexpectedStatusCode)
        {
            return new SendOutcome.PermanentFailure($"SMTP {(int)e.StatusCode}: {e.Message}");
        }
        // Temporary: the certificate or the pin is fixed in configuration, after which the waiting messages should still go.
        catch (SslHandshakeException) when (untrusted is not null)
        {
            return new SendOutcome.TemporaryFailure(
                $"SMTP TLS: {untrusted}; if it is your relay's own certificate, set Notifications:Email:TrustedCertificateThumbprint");
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException
                                      or SslHandshakeException or IOException or SocketException or ServiceNotConnectedException
                                  || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new SendOutcome.TemporaryFailure($"SMTP: {e.Message}");
        }
    }

    private static MimeMessage Compose(EmailMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            // The entry's id: a resend after a crash carries the same Message-Id, which mail systems use to drop copies.
            MessageId = $"{message.IdempotencyKey}@cnap.notifications",
            Body = new BodyBuilder { TextBody = message.Text, HtmlBody = EmailHtml.From(message.Text, message.Subject) }.ToMessageBody(),
        };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };
}
