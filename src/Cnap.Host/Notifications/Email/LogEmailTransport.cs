using Cnap.Host.Notifications.Dispatch;

namespace Cnap.Host.Notifications.Email;

/// <summary>The default: the e-mail is written to the log and counts as delivered; the Desk's outbox shows it.</summary>
internal sealed class LogEmailTransport(ILogger<LogEmailTransport> logger) : IEmailTransport
{
    public const string TransportName = "log";

    public string Name => TransportName;

    public Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("E-mail (not sent, log sink) {Entry} to {To}: {Subject}\n{Text}",
            message.IdempotencyKey, message.To, message.Subject, message.Text);
        return Task.FromResult<SendOutcome>(new SendOutcome.Accepted($"log-{message.IdempotencyKey}"));
    }
}
