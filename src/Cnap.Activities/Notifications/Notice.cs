using Cnap.Activities.Cases;
using Cnap.Domain;
using Cnap.Domain.Notifications;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Notifications;

/// <summary>What SMS and e-mail notices share: a template by event, or the card's own text instead.</summary>
internal static class Notice
{
    public static async Task<ActivityResult> SendAsync(
        ActivityContext context, ICaseWorkspace cases, ICaseNotifier notifier, TimeProvider clock, NotificationChannel channel,
        string? template, string? subject, string? text)
    {
        var ct = context.CancellationToken;
        var @case = await context.CaseAsync(cases, clock);
        if (!string.IsNullOrWhiteSpace(text))
        {
            await notifier.SendAsync(@case, channel, subject, text, ct);
            context.JournalText = $"{channel}: власний текст";
            return ActivityResult.Done();
        }
        if (!Enum.TryParse<NotificationEvent>(template?.Trim(), ignoreCase: false, out var @event) || !Enum.IsDefined(@event))
            throw new DomainException(
                $"Activity {context.Node.Id}: «{template}» is not a notification event ({string.Join(", ", Enum.GetNames<NotificationEvent>())}); give a template or a text.");
        await notifier.NotifyAsync(@case, channel, @event, ct);
        context.JournalText = $"{channel}: {@event}";
        return ActivityResult.Done();
    }
}
