using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;

namespace Cnap.Activities.Notifications;

/// <summary>
/// Writes a notice about a case to the notification outbox in the burst's transaction. The host renders the Liquid
/// text over the case (number, tracking code, deadline, applicant, service, centre) and records the applicant's consent
/// with the entry, so a notice without consent is kept but never sent.
/// </summary>
public interface ICaseNotifier
{
    /// <summary>The event's template for this channel; nothing is written when the template is switched off.</summary>
    Task NotifyAsync(Case @case, NotificationChannel channel, NotificationEvent @event, CancellationToken cancellationToken);

    /// <summary>The card's own text (Liquid); the subject is for e-mail only.</summary>
    Task SendAsync(Case @case, NotificationChannel channel, string? subject, string text, CancellationToken cancellationToken);
}
