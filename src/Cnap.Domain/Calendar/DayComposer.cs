namespace Cnap.Domain.Calendar;

/// <summary>Works out each date of a span from the rules, in date order so that moved days off queue up correctly.</summary>
internal sealed class DayComposer
{
    // A holiday late in December may move its day off into January, so composition starts a little earlier.
    private const int LeadInDays = 14;

    private readonly CalendarRules rules;
    private readonly List<WorkWeek> organisationWeeks;
    private readonly List<WorkWeek> nationalWeeks;
    private readonly Dictionary<DateOnly, DayOverride> organisationOverrides;
    private readonly Dictionary<DateOnly, DayOverride> nationalOverrides;
    private readonly Queue<(HolidayRule Holiday, DateOnly Date)> movedDaysOff = new();

    private DayComposer(CalendarRules rules, string? organisationId)
    {
        this.rules = rules;
        organisationWeeks = organisationId is null ? [] : rules.WorkWeeks.Where(w => w.OrganisationId == organisationId).ToList();
        nationalWeeks = rules.WorkWeeks.Where(w => w.OrganisationId is null).ToList();
        organisationOverrides = organisationId is null ? [] : ByDate(rules.DayOverrides.Where(o => o.OrganisationId == organisationId));
        nationalOverrides = ByDate(rules.DayOverrides.Where(o => o.OrganisationId is null));
    }

    /// <summary>One entry per date from <paramref name="first"/> to <paramref name="last"/>; null where no work week is in force.</summary>
    public static CalendarDay?[] Compose(CalendarRules rules, string? organisationId, DateOnly first, DateOnly last)
    {
        var composer = new DayComposer(rules, organisationId);
        var start = first.AddDays(-LeadInDays);
        var holidays = HolidaysByDate(rules.Holidays, start.Year, last.Year);
        var days = new CalendarDay?[last.DayNumber - first.DayNumber + 1];
        for (var date = start; date <= last; date = date.AddDays(1))
        {
            var day = composer.ComposeDay(date, holidays.GetValueOrDefault(date) ?? []);
            if (date >= first)
                days[date.DayNumber - first.DayNumber] = day;
        }
        return days;
    }

    private CalendarDay? ComposeDay(DateOnly date, List<HolidayRule> holidays)
    {
        var week = organisationWeeks.InForceOn(date) ?? nationalWeeks.InForceOn(date);
        if (week is null)
            return null;

        var reasons = new List<DayReason>();
        var restDay = !week.Works(date.DayOfWeek);
        var off = restDay;
        if (restDay)
            reasons.Add(new DayReason(DayReasonKind.RestDay));

        var workingRegime = rules.Regimes.Where(r => r.HolidaysAreWorkingDays).InForceOn(date);
        var transfers = rules.WeekendTransfers.InForceOn(date) is not null
            && rules.Regimes.Where(r => r.SuspendsWeekendTransfer).InForceOn(date) is null;
        foreach (var holiday in holidays)
        {
            if (workingRegime is not null)
            {
                reasons.Add(new DayReason(DayReasonKind.HolidayWorkedUnderRegime) { Holiday = holiday, Regime = workingRegime });
                continue;
            }
            reasons.Add(new DayReason(DayReasonKind.Holiday) { Holiday = holiday });
            if (restDay && transfers)
                movedDaysOff.Enqueue((holiday, date));
            off = true;
        }

        var dayOverride = organisationOverrides.GetValueOrDefault(date) ?? nationalOverrides.GetValueOrDefault(date);
        if (!off && dayOverride?.Kind != DayOverrideKind.DayOff && movedDaysOff.TryDequeue(out var moved))
        {
            off = true;
            reasons.Add(new DayReason(DayReasonKind.MovedDayOff) { Holiday = moved.Holiday, MovedFrom = moved.Date });
        }
        if (dayOverride is not null)
        {
            off = dayOverride.Kind == DayOverrideKind.DayOff;
            var kind = off ? DayReasonKind.OverrideDayOff : DayReasonKind.OverrideWorkingDay;
            reasons.Add(new DayReason(kind) { Override = dayOverride });
        }
        return new CalendarDay(date, !off, reasons.Count == 0 ? [] : reasons);
    }

    private static Dictionary<DateOnly, List<HolidayRule>> HolidaysByDate(IEnumerable<HolidayRule> rules, int firstYear, int lastYear)
    {
        var byDate = new Dictionary<DateOnly, List<HolidayRule>>();
        foreach (var rule in rules)
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                if (rule.DateIn(year) is { } date)
                    (byDate.TryGetValue(date, out var list) ? list : byDate[date] = []).Add(rule);
            }
        }
        return byDate;
    }

    private static Dictionary<DateOnly, DayOverride> ByDate(IEnumerable<DayOverride> overrides)
    {
        var byDate = new Dictionary<DateOnly, DayOverride>();
        foreach (var row in overrides)
            byDate[row.Date] = row;
        return byDate;
    }
}
