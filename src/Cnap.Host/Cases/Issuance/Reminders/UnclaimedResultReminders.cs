using Cnap.Activities.Notifications;
using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Cases.Issuance.Reminders;

/// <summary>
/// Reminds applicants whose result has waited at the centre (ReadyForIssue) for <see cref="UnclaimedResultReminderOptions.RemindAfter"/>:
/// the "result ready" notice again, by the channels they agreed to, through the notification outbox; then again after as
/// long, up to <see cref="UnclaimedResultReminderOptions.MaxReminders"/>. Each reminder and its notices commit together.
/// </summary>
public sealed class UnclaimedResultReminders(IServiceScopeFactory scopes, IOptions<UnclaimedResultReminderOptions> options, TimeProvider clock)
{
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.Now();
        var due = await DueAsync(settings, now, cancellationToken);
        var sent = 0;
        foreach (var (caseId, number) in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
            var notifier = scope.ServiceProvider.GetRequiredService<ICaseNotifier>();
            var @case = await db.Set<Case>().AsNoTracking().SingleAsync(c => c.Id == caseId, cancellationToken);
            if (@case.Notifications.Sms)
                await notifier.NotifyAsync(@case, NotificationChannel.Sms, NotificationEvent.ReadyForIssue, cancellationToken);
            if (@case.Notifications.Email)
                await notifier.NotifyAsync(@case, NotificationChannel.Email, NotificationEvent.ReadyForIssue, cancellationToken);
            db.Set<UnclaimedResultReminder>().Add(new UnclaimedResultReminder { CaseId = caseId, Number = number, SentAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }
            catch (DbUpdateException)
            {
                // A concurrent run (a second node, a manual run) sent this reminder first; the reminder row is the key
                // and commits with its notices, so ours rolled back whole and nothing goes out twice.
                if (!await SentElsewhereAsync(caseId, number, cancellationToken))
                    throw;
            }
        }
        return sent;
    }

    private async Task<bool> SentElsewhereAsync(Guid caseId, int number, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CnapDbContext>().Set<UnclaimedResultReminder>()
            .AnyAsync(r => r.CaseId == caseId && r.Number == number, cancellationToken);
    }

    private async Task<List<(Guid CaseId, int Number)>> DueAsync(UnclaimedResultReminderOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        // Dates are compared here, not in SQL: SQLite cannot compare the cases' DateTimeOffset columns.
        var waiting = await db.Set<Case>().AsNoTracking()
            .Where(c => c.Status == CaseStatus.ReadyForIssue && (c.Notifications.Sms || c.Notifications.Email))
            .Select(c => new { c.Id, c.Decision!.DecidedAt })
            .ToListAsync(cancellationToken);
        var ids = waiting.Select(w => w.Id).ToList();
        var sent = (await db.Set<UnclaimedResultReminder>().AsNoTracking().Where(r => ids.Contains(r.CaseId)).ToListAsync(cancellationToken))
            .GroupBy(r => r.CaseId)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Last: g.Max(r => r.SentAt)));
        return waiting
            .Select(w => (w.Id, Since: sent.TryGetValue(w.Id, out var s) ? s.Last : w.DecidedAt, Count: sent.TryGetValue(w.Id, out var c) ? c.Count : 0))
            .Where(w => w.Count < settings.MaxReminders && now - w.Since >= settings.RemindAfter)
            .OrderBy(w => w.Since)
            .Take(settings.BatchSize)
            .Select(w => (w.Id, w.Count + 1))
            .ToList();
    }
}
