using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Notifications.Dispatch;

/// <summary>
/// The case as it stands when its notices are claimed, not as it stood when they were written: consent withdrawn for a
/// channel since, or the case cancelled or withdrawn after the notice was queued, stops the notice. Read in the claiming
/// transaction, so the check and the claim are one decision.
/// </summary>
internal static class CaseStanding
{
    /// <summary>Why each entry must not go after all; entries not listed may go.</summary>
    public static async Task<Dictionary<Guid, string>> WithdrawnAsync(
        CnapDbContext db, IReadOnlyCollection<OutboxEntry> entries, CancellationToken cancellationToken)
    {
        var caseIds = entries.Where(e => e.CaseId is not null).Select(e => e.CaseId!.Value).Distinct().ToList();
        if (caseIds.Count == 0)
            return [];
        var cases = await db.Set<Case>().AsNoTracking()
            .Where(c => caseIds.Contains(c.Id))
            .Select(c => new CaseNow(c.Id, c.Notifications.Sms, c.Notifications.Email, c.Status, c.ClosedAt))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var withdrawn = new Dictionary<Guid, string>();
        foreach (var entry in entries)
        {
            if (entry.CaseId is { } caseId && cases.TryGetValue(caseId, out var now) && Reason(entry, now) is { } reason)
                withdrawn[entry.Id] = reason;
        }
        return withdrawn;
    }

    private static string? Reason(OutboxEntry entry, CaseNow now)
    {
        // A notice written after the case closed (a workflow telling the applicant it was annulled) still goes.
        if (now.Status is CaseStatus.Cancelled or CaseStatus.Withdrawn && now.ClosedAt > entry.CreatedAt)
            return $"the case was {(now.Status == CaseStatus.Cancelled ? "cancelled" : "withdrawn")} at {now.ClosedAt:u}, after the notice was written";
        var consents = entry.Channel == NotificationChannel.Sms ? now.Sms : now.Email;
        return consents ? null : $"the applicant no longer consents to notices by {(entry.Channel == NotificationChannel.Sms ? "SMS" : "e-mail")}";
    }

    private sealed record CaseNow(Guid Id, bool Sms, bool Email, CaseStatus Status, DateTimeOffset? ClosedAt);
}
