using Cnap.Domain.Notifications;

namespace Cnap.Host.Notifications.Dispatch;

/// <summary>What a dispatcher needs to send an entry it holds the lease of, detached from the claiming context.</summary>
public sealed record ClaimedEntry(
    Guid Id, NotificationChannel Channel, string Recipient, string? Subject, string Body, int Attempt,
    string? GatewayMessageId = null)
{
    public static ClaimedEntry Of(OutboxEntry entry) =>
        new(entry.Id, entry.Channel, entry.Recipient, entry.Subject, entry.Body, entry.Attempts, entry.GatewayMessageId);
}
