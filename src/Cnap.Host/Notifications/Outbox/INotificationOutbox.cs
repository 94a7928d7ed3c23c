using Cnap.Domain.Notifications;

namespace Cnap.Host.Notifications.Outbox;

/// <summary>
/// Writes notices into the scope's <c>CnapDbContext</c> without saving, so they commit with the case change that causes
/// them (or not at all). The dispatcher sends them later.
/// </summary>
public interface INotificationOutbox
{
    /// <summary>
    /// One entry per channel that has an enabled template for the event and an address for the recipient (or for the
    /// one channel asked for). The model is the case view the caller builds (<see cref="TemplateVariables"/> lists what
    /// templates expect).
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> NotifyAsync(
        NotificationEvent @event, NotificationRecipient recipient, TemplateModel model, CancellationToken cancellationToken = default,
        NotificationChannel? only = null);

    /// <summary>A workflow's own SMS text (Liquid), for notices that no event template covers.</summary>
    Task<OutboxEntry?> SendSmsAsync(NotificationRecipient recipient, string text, TemplateModel model, CancellationToken cancellationToken = default);

    /// <summary>A workflow's own e-mail (subject and body in Liquid).</summary>
    Task<OutboxEntry?> SendEmailAsync(
        NotificationRecipient recipient, string subject, string body, TemplateModel model, CancellationToken cancellationToken = default);
}
