using Cnap.Domain.Calendar;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Calendar.Persistence;

internal static class CalendarRulesQuery
{
    /// <summary>
    /// The national rows plus those of one organisation (or of every organisation when <paramref name="allOrganisations"/>).
    /// A few hundred rows at most: read whole rather than queried per date.
    /// </summary>
    public static async Task<CalendarRules> LoadAsync(CnapDbContext db, string? organisationId, bool allOrganisations, CancellationToken cancellationToken)
    {
        organisationId = string.IsNullOrWhiteSpace(organisationId) ? null : organisationId.Trim();
        return new CalendarRules
        {
            Years = await db.Set<CalendarYear>().AsNoTracking().ToListAsync(cancellationToken),
            Holidays = await db.Set<HolidayRule>().AsNoTracking().ToListAsync(cancellationToken),
            WeekendTransfers = await db.Set<WeekendTransferRule>().AsNoTracking().ToListAsync(cancellationToken),
            Regimes = await db.Set<CalendarRegime>().AsNoTracking().ToListAsync(cancellationToken),
            TermCounting = await db.Set<TermCountingRule>().AsNoTracking().ToListAsync(cancellationToken),
            SilentConsent = await db.Set<SilentConsentRule>().AsNoTracking().ToListAsync(cancellationToken),
            Organisations = await db.Set<OrganisationCalendar>().AsNoTracking()
                .Where(o => allOrganisations || o.OrganisationId == organisationId).ToListAsync(cancellationToken),
            WorkWeeks = await db.Set<WorkWeek>().AsNoTracking()
                .Where(w => allOrganisations || w.OrganisationId == null || w.OrganisationId == organisationId).ToListAsync(cancellationToken),
            DayOverrides = await db.Set<DayOverride>().AsNoTracking()
                .Where(o => allOrganisations || o.OrganisationId == null || o.OrganisationId == organisationId).ToListAsync(cancellationToken),
        };
    }
}
