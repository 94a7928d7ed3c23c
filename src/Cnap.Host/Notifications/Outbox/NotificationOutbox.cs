using Cnap.Domain;
using Cnap.Domain.Contacts;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Cnap.Host.Notifications.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Notifications.Outbox;

internal sealed class NotificationOutbox(
    CnapDbContext db, TemplateRenderer renderer, IOptions<NotificationOptions> options, TimeProvider clock,
    ILogger<NotificationOutbox> logger) : INotificationOutbox
{
    private readonly SmsLimit smsLimit = new(options.Value.Sms.MaxParts);

    public async Task<IReadOnlyList<OutboxEntry>> NotifyAsync(
        NotificationEvent @event, NotificationRecipient recipient, TemplateModel model, CancellationToken cancellationToken = default,
        NotificationChannel? only = null)
    {
        var templates = await db.Set<NotificationTemplate>()
            .Where(t => t.Event == @event && t.IsEnabled && (only == null || t.Channel == only))
            .ToListAsync(cancellationToken);
        var entries = new List<OutboxEntry>();
        foreach (var template in templates.OrderBy(t => t.Channel))
        {
            var entry = template.Channel == NotificationChannel.Sms
                ? await AddSmsAsync(recipient, template.Body, model, @event)
                : await AddEmailAsync(recipient, template.Subject!, template.Body, model, @event);
            if (entry is not null)
                entries.Add(entry);
        }
        return entries;
    }

    public Task<OutboxEntry?> SendSmsAsync(NotificationRecipient recipient, string text, TemplateModel model, CancellationToken cancellationToken = default) =>
        AddSmsAsync(recipient, text, model, null);

    public Task<OutboxEntry?> SendEmailAsync(
        NotificationRecipient recipient, string subject, string body, TemplateModel model, CancellationToken cancellationToken = default) =>
        AddEmailAsync(recipient, subject, body, model, null);

    private async Task<OutboxEntry?> AddSmsAsync(NotificationRecipient recipient, string source, TemplateModel model, NotificationEvent? @event)
    {
        if (string.IsNullOrWhiteSpace(recipient.Phone))
            return null;
        var text = smsLimit.Fit(RenderedText.ForSms(await renderer.RenderAsync(source, model)));
        var now = clock.Now();
        var entry = PhoneNumber.TryParse(recipient.Phone, out var phone)
            ? OutboxEntry.Create(NotificationChannel.Sms, phone.Value, null, text, recipient.SmsConsent, now, @event, recipient.CaseId)
            : OutboxEntry.Unreachable(NotificationChannel.Sms, recipient.Phone, null, text,
                $"«{recipient.Phone}» is not a Ukrainian phone number", now, @event, recipient.CaseId);
        return Add(entry);
    }

    private async Task<OutboxEntry?> AddEmailAsync(
        NotificationRecipient recipient, string subjectSource, string bodySource, TemplateModel model, NotificationEvent? @event)
    {
        if (string.IsNullOrWhiteSpace(recipient.Email))
            return null;
        var subject = RenderedText.ForSubject(await renderer.RenderAsync(subjectSource, model));
        var body = RenderedText.ForEmail(await renderer.RenderAsync(bodySource, model));
        var now = clock.Now();
        var entry = EmailAddress.TryParse(recipient.Email, out var email)
            ? OutboxEntry.Create(NotificationChannel.Email, email.Value, subject, body, recipient.EmailConsent, now, @event, recipient.CaseId)
            : OutboxEntry.Unreachable(NotificationChannel.Email, recipient.Email, subject, body,
                $"«{recipient.Email}» is not an e-mail address", now, @event, recipient.CaseId);
        return Add(entry);
    }

    private OutboxEntry Add(OutboxEntry entry)
    {
        db.Add(entry);
        logger.LogDebug("Notice {Entry} ({Channel}, {Event}) queued", entry.Id, entry.Channel, entry.Event);
        return entry;
    }
}
