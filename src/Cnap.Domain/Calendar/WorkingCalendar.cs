namespace Cnap.Domain.Calendar;

/// <summary>
/// The working days of one organisation (or of the national base) for the reviewed years. Immutable once built;
/// every question about a date outside those years is refused with <see cref="CalendarDataMissingException"/>.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly CalendarDay?[] days;
    private readonly DateOnly first;
    private readonly HashSet<int> years;

    private WorkingCalendar(CalendarRules rules, string? organisationId, HashSet<int> years, DateOnly first, CalendarDay?[] days)
    {
        Rules = rules;
        OrganisationId = organisationId;
        Organisation = rules.Organisations.FirstOrDefault(o => o.OrganisationId == organisationId);
        this.years = years;
        this.first = first;
        this.days = days;
    }

    public CalendarRules Rules { get; }

    /// <summary>Null for the national base.</summary>
    public string? OrganisationId { get; }

    /// <summary>The organisation's own calendar, or null when it works the national one.</summary>
    public OrganisationCalendar? Organisation { get; }

    public IReadOnlySet<int> Years => years;

    public static WorkingCalendar Create(CalendarRules rules, string? organisationId = null)
    {
        organisationId = string.IsNullOrWhiteSpace(organisationId) ? null : organisationId.Trim();
        var years = rules.Years.Select(y => y.Year).ToHashSet();
        if (years.Count == 0)
            return new WorkingCalendar(rules, organisationId, years, default, []);

        var first = new DateOnly(years.Min(), 1, 1);
        var last = new DateOnly(years.Max(), 12, 31);
        return new WorkingCalendar(rules, organisationId, years, first, DayComposer.Compose(rules, organisationId, first, last));
    }

    /// <summary>
    /// The calendar the organisation works: this one's days under the organisation's name when it keeps no rows of
    /// its own (so hundreds of centres share one computed base), otherwise composed from its rows.
    /// </summary>
    public WorkingCalendar For(string? organisationId)
    {
        organisationId = string.IsNullOrWhiteSpace(organisationId) ? null : organisationId.Trim();
        if (organisationId == OrganisationId)
            return this;
        var hasOwnRows = Rules.WorkWeeks.Any(w => w.OrganisationId == organisationId)
            || Rules.DayOverrides.Any(o => o.OrganisationId == organisationId);
        return OrganisationId is null && !hasOwnRows
            ? new WorkingCalendar(Rules, organisationId, years, first, days)
            : Create(Rules, organisationId);
    }

    public bool Covers(int year) => years.Contains(year);

    public CalendarDay Day(DateOnly date)
    {
        if (!years.Contains(date.Year))
            throw new CalendarDataMissingException(date.Year, OrganisationId,
                "the year has not been entered and reviewed, so no deadline is counted in it.");
        return days[date.DayNumber - first.DayNumber]
            ?? throw new CalendarDataMissingException(date.Year, OrganisationId, $"no work week is in force on {date:yyyy-MM-dd}.");
    }

    public bool IsWorkingDay(DateOnly date) => Day(date).IsWorkingDay;

    /// <summary>The first working day strictly after the date.</summary>
    public DateOnly NextWorkingDay(DateOnly after) => AddWorkingDays(after, 1);

    /// <summary>The working day on or after the date.</summary>
    public DateOnly WorkingDayOnOrAfter(DateOnly date) => IsWorkingDay(date) ? date : NextWorkingDay(date);

    /// <summary>The <paramref name="count"/>-th working day after <paramref name="start"/> (Art. 42: a term starts the day after the event).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var date = start;
        for (var counted = 0; counted < count;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
                counted++;
        }
        return date;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from)
            return -CountWorkingDays(to, from);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
                count++;
        }
        return count;
    }

    /// <summary>The <paramref name="count"/>-th calendar day after <paramref name="start"/>, moved to the next working day if it is a day off and asked to.</summary>
    public DateOnly AddCalendarDays(DateOnly start, int count, bool shiftLastDayOff)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var last = start.AddDays(count);
        return shiftLastDayOff ? WorkingDayOnOrAfter(last) : last;
    }

    public CalendarYearView DescribeYear(int year)
    {
        if (!years.Contains(year))
            throw new CalendarDataMissingException(year, OrganisationId, "the year has not been entered and reviewed.");
        var yearDays = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(offset => Day(new DateOnly(year, 1, 1).AddDays(offset)))
            .ToList();
        var regimes = Rules.Regimes.Where(r => r.OverlapsYear(year)).OrderBy(r => r.EffectiveFrom).ToList();
        var working = yearDays.Count(d => d.IsWorkingDay);
        return new CalendarYearView(year, OrganisationId, Organisation, regimes,
            yearDays.Where(d => d.IsNotable).ToList(), working, yearDays.Count - working);
    }
}
