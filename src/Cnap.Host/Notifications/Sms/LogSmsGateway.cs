using Cnap.Domain.Notifications;
using Cnap.Host.Notifications.Dispatch;

namespace Cnap.Host.Notifications.Sms;

/// <summary>The default: the SMS is written to the log and counts as delivered; the Desk's outbox shows it.</summary>
internal sealed class LogSmsGateway(ILogger<LogSmsGateway> logger) : ISmsGateway
{
    public const string GatewayName = "log";

    public string Name => GatewayName;

    public bool AwaitsReceipts => false;

    public Task<SendOutcome> SendAsync(string idempotencyKey, string phone, string text, CancellationToken cancellationToken)
    {
        logger.LogInformation("SMS (not sent, log sink) {Entry} to {Phone}, {Parts} part(s): {Text}",
            idempotencyKey, phone, SmsLength.Of(text).Parts, text);
        return Task.FromResult<SendOutcome>(new SendOutcome.Accepted($"log-{idempotencyKey}"));
    }

    // Never asked: the log sink's messages are delivered when written (AwaitsReceipts is false).
    public Task<SmsStatusAnswer> QueryStatusAsync(string messageId, CancellationToken cancellationToken) =>
        Task.FromResult(new SmsStatusAnswer(true, "delivered (log sink)"));
}
