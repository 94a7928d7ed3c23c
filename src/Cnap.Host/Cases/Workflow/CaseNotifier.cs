using Cnap.Activities.Notifications;
using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Cnap.Host.Notifications.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Workflow;

/// <summary>
/// The activities' notices, through the notification outbox: one channel at a time, because a card sends SMS and
/// e-mail as separate steps (the outbox's per-event call writes every channel at once).
/// </summary>
internal sealed class CaseNotifier(CnapDbContext db, INotificationOutbox outbox, CaseViewSource views) : ICaseNotifier
{
    public async Task NotifyAsync(Case @case, NotificationChannel channel, NotificationEvent @event, CancellationToken cancellationToken)
    {
        var template = await db.Set<NotificationTemplate>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.Event == @event && t.Channel == channel && t.IsEnabled, cancellationToken);
        if (template is not null)
            await SendAsync(@case, channel, template.Subject, template.Body, cancellationToken);
    }

    public async Task SendAsync(Case @case, NotificationChannel channel, string? subject, string text, CancellationToken cancellationToken)
    {
        var model = await views.ModelAsync(@case, cancellationToken);
        var applicant = @case.Applicant;
        var recipient = new NotificationRecipient(
            applicant.Phone?.Value, applicant.Email?.Value, @case.Notifications.Sms, @case.Notifications.Email, @case.Id);
        if (channel == NotificationChannel.Sms)
            await outbox.SendSmsAsync(recipient, text, model, cancellationToken);
        else
            await outbox.SendEmailAsync(recipient, subject ?? @case.JournalNumber.ToString(), text, model, cancellationToken);
    }
}
