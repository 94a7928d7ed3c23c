using Cnap.Host.Notifications.Dispatch;

namespace Cnap.Host.Notifications.Sms;

/// <summary>Where SMS go. <see cref="AwaitsReceipts"/>: acceptance is not yet delivery, a receipt will follow.</summary>
public interface ISmsGateway
{
    string Name { get; }

    bool AwaitsReceipts { get; }

    /// <param name="idempotencyKey">The outbox entry's id: the same on a resend, so a gateway can drop the copy.</param>
    Task<SendOutcome> SendAsync(string idempotencyKey, string phone, string text, CancellationToken cancellationToken);

    /// <summary>Asks where an accepted message is; a gateway that cannot be asked answers "still unknown".</summary>
    Task<SmsStatusAnswer> QueryStatusAsync(string messageId, CancellationToken cancellationToken);
}
