using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Notifications.Outbox;

/// <summary>The Desk's view of the outbox: newest first, recipients masked, because a list is not the place for personal data.</summary>
public sealed class OutboxLog(IDbContextFactory<CnapDbContext> contexts)
{
    public async Task<IReadOnlyList<OutboxLine>> LatestAsync(int count = 200, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await db.Set<OutboxEntry>().AsNoTracking()
            .OrderByDescending(e => e.CreatedAt)
            .Take(count)
            .ToListAsync(cancellationToken);
        return [.. entries.Select(OutboxLine.Of)];
    }
}

public sealed record OutboxLine(
    Guid Id, DateTimeOffset CreatedAt, NotificationChannel Channel, NotificationEvent? Event, string Recipient, string? Subject,
    string Body, OutboxStatus Status, int Attempts, string? Gateway, DateTimeOffset DueAt, string? LastError,
    IReadOnlyList<DeliveryStep> Steps)
{
    public static OutboxLine Of(OutboxEntry e) => new(
        e.Id, e.CreatedAt, e.Channel, e.Event, Mask(e.Channel, e.Recipient), e.Subject, e.Body, e.Status, e.Attempts, e.Gateway,
        e.DueAt, e.LastError, [.. e.Steps.OrderBy(s => s.Sequence)]);

    /// <summary>+380 50 *** ** 67 and o***@example.com: enough to tell two notices apart, not to contact anyone.</summary>
    public static string Mask(NotificationChannel channel, string recipient)
    {
        if (channel == NotificationChannel.Sms)
            return recipient is { Length: 13 } && recipient.StartsWith("+380", StringComparison.Ordinal)
                ? $"+380 {recipient[4..6]} *** ** {recipient[11..]}"
                : "***";
        var at = recipient.IndexOf('@');
        return at > 0 ? $"{recipient[0]}***{recipient[at..]}" : "***";
    }
}
