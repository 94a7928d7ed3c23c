using Cnap.Domain.Calendar;
using Cnap.Domain.Calendar.Seed;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Calendar;

/// <summary>
/// Adds the national calendar rows that are missing, matched by their natural keys. Rows already present are left
/// as they are: an operator's correction is not overwritten by the shipped data.
/// </summary>
internal sealed class CalendarSeeder(ILogger<CalendarSeeder> logger) : IStartupSeeder
{
    public int Order => 0;

    public bool IsDemoData => false;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var seed = NationalCalendarSeed.Load();
        try
        {
            await AddMissingAsync(db, seed, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node seeding at the same moment won the race; what it inserted is now visible.
            db.ChangeTracker.Clear();
            await AddMissingAsync(db, seed, cancellationToken);
        }
    }

    private async Task AddMissingAsync(CnapDbContext db, CalendarRules seed, CancellationToken cancellationToken)
    {
        var added = await AddMissingAsync(db, seed.Years, y => y.Year, cancellationToken)
            + await AddMissingAsync(db, seed.WorkWeeks, w => w.Id, cancellationToken)
            + await AddMissingAsync(db, seed.Holidays, h => (h.Code, h.EffectiveFrom), cancellationToken)
            + await AddMissingAsync(db, seed.WeekendTransfers, r => r.EffectiveFrom, cancellationToken)
            + await AddMissingAsync(db, seed.Regimes, r => (r.Code, r.EffectiveFrom), cancellationToken)
            + await AddMissingAsync(db, seed.DayOverrides, o => (o.OrganisationId, o.Date), cancellationToken)
            + await AddMissingAsync(db, seed.TermCounting, r => r.EffectiveFrom, cancellationToken)
            + await AddMissingAsync(db, seed.SilentConsent, r => r.EffectiveFrom, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
            logger.LogInformation("Calendar: added {Count} national calendar rows", added);
    }

    private static async Task<int> AddMissingAsync<T, TKey>(CnapDbContext db, IEnumerable<T> rows, Func<T, TKey> key, CancellationToken cancellationToken)
        where T : class
    {
        var existing = (await db.Set<T>().AsNoTracking().ToListAsync(cancellationToken)).Select(key).ToHashSet();
        var missing = rows.Where(r => !existing.Contains(key(r))).ToList();
        db.Set<T>().AddRange(missing);
        return missing.Count;
    }
}
