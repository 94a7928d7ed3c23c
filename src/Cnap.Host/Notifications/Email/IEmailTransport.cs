using Cnap.Host.Notifications.Dispatch;

namespace Cnap.Host.Notifications.Email;

public sealed record EmailMessage(string IdempotencyKey, string To, string Subject, string Text);

public interface IEmailTransport
{
    string Name { get; }

    Task<SendOutcome> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
