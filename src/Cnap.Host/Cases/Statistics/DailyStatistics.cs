using Cnap.Domain.Cases;
using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Statistics;

/// <summary>Takes the day's snapshot: counts of cases per centre, service and status. Taking it again the same day
/// replaces that day's rows, so a re-run or a late catch-up never double counts.</summary>
public sealed class DailyStatistics(IDbContextFactory<CnapDbContext> contexts, TimeProvider clock)
{
    public async Task<int> TakeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var day = UkraineTime.LocalDate(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Set<Case>().AsNoTracking()
            .GroupBy(c => new { c.CentreId, c.ServiceId, c.Status })
            .Select(g => new { g.Key.CentreId, g.Key.ServiceId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<DailyCaseCount>().Where(c => c.Day == day).ExecuteDeleteAsync(cancellationToken);
        db.Set<DailyCaseCount>().AddRange(counts.Select(c => new DailyCaseCount
        {
            Day = day, CentreId = c.CentreId, ServiceId = c.ServiceId, Status = c.Status, Count = c.Count, TakenAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts.Count;
    }
}
