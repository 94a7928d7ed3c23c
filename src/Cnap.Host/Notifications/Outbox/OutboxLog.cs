using System.Security.Claims;
using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Domain.Organisations;
using Cnap.Host.Access;
using Cnap.Host.Audit;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Notifications.Outbox;

/// <summary>
/// The Desk's view of the outbox: newest first, recipients masked, because a list is not the place for personal data.
/// A viewer sees the notices of their own centre's cases (a regional head: of the region's centres; the system
/// administrator: all), and since the texts name applicants, services and refusal grounds, each case shown is a read
/// of that case's personal data and lands in its access log.
/// </summary>
public sealed class OutboxLog(IDbContextFactory<CnapDbContext> contexts, IAuditTrail audit)
{
    public const string ReadAction = "notice-log:read";

    public async Task<IReadOnlyList<OutboxLine>> LatestAsync(ClaimsPrincipal viewer, int count = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = await Visible(db, Caller.From(viewer))
            .OrderByDescending(e => e.CreatedAt)
            .Take(count)
            .ToListAsync(cancellationToken);
        foreach (var caseId in entries.Select(e => e.CaseId).OfType<Guid>().Distinct())
            await audit.RecordAsync(new AuditRecord(ReadAction, caseId, ResourceKind: "case", ResourceId: caseId.ToString()), viewer, cancellationToken);
        return [.. entries.Select(OutboxLine.Of)];
    }

    private static IQueryable<OutboxEntry> Visible(CnapDbContext db, Caller caller)
    {
        var entries = db.Set<OutboxEntry>().AsNoTracking();
        if (caller.IsIn(CnapRoles.SystemAdmin))
            return entries;
        var centres = caller.IsIn(CnapRoles.CentreHead) || caller.IsIn(CnapRoles.Administrator) ? caller.Centres.ToList() : [];
        var regions = caller.IsIn(CnapRoles.RegionalHead) ? caller.Regions.ToList() : [];
        // A notice without a case (a card's free text) belongs to no centre: only the system administrator sees it.
        return entries.Where(e => db.Set<Case>().Any(c => c.Id == e.CaseId
            && (centres.Contains(c.CentreId) || db.Set<ServiceCentre>().Any(s => s.Id == c.CentreId && regions.Contains(s.RegionId)))));
    }
}

public sealed record OutboxLine(
    Guid Id, Guid? CaseId, DateTimeOffset CreatedAt, NotificationChannel Channel, NotificationEvent? Event, string Recipient, string? Subject,
    string Body, OutboxStatus Status, int Attempts, string? Gateway, DateTimeOffset DueAt, string? LastError,
    IReadOnlyList<DeliveryStep> Steps)
{
    public static OutboxLine Of(OutboxEntry e) => new(
        e.Id, e.CaseId, e.CreatedAt, e.Channel, e.Event, Mask(e.Channel, e.Recipient), e.Subject, e.Body, e.Status, e.Attempts, e.Gateway,
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
