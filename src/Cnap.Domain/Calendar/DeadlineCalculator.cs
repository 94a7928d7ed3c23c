namespace Cnap.Domain.Calendar;

/// <summary>
/// Counts legal terms on one organisation's working calendar: Art. 42 of Law 2073-IX (a term starts the day
/// after the event; plain days are working or calendar days by the threshold; a last day off moves to the next
/// working day), silent consent under Law 2806-IV, and suspended clocks.
/// </summary>
public sealed class DeadlineCalculator(WorkingCalendar calendar, DeadlineSettings settings)
{
    public WorkingCalendar Calendar => calendar;

    public DeadlineSettings Settings => settings;

    public Deadline Compute(DateTimeOffset registeredAt, DeadlineTerm term)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(term.Value);
        var startedOn = LocalDate(registeredAt);
        var unit = CountingUnitFor(term, startedOn);
        switch (unit)
        {
            case CountingUnit.Hours:
            case CountingUnit.HoursExcludingDaysOff:
                var endsAt = unit == CountingUnit.Hours
                    ? TimeZoneInfo.ConvertTime(registeredAt.AddHours(term.Value), settings.TimeZone)
                    : AddHoursOnWorkingDays(registeredAt, TimeSpan.FromHours(term.Value));
                var lastDay = endsAt > registeredAt ? LocalDate(endsAt.AddTicks(-1)) : startedOn;
                return new Deadline(term, unit, startedOn, lastDay, endsAt);
            default:
                var last = LastDay(startedOn, unit, term.Value);
                return new Deadline(term, unit, startedOn, last, EndOfDay(last));
        }
    }

    /// <summary>How a term is counted: as stated, or for plain days by the Art. 42 rule in force on the start date.</summary>
    public CountingUnit CountingUnitFor(DeadlineTerm term, DateOnly startedOn)
    {
        if (term.Unit != CountingUnit.Days)
            return term.Unit;
        var rule = calendar.Rules.TermCounting.InForceOn(startedOn)
            ?? throw new CalendarDataMissingException(startedOn.Year, calendar.OrganisationId,
                $"no term-counting rule (Art. 42) is in force on {startedOn:yyyy-MM-dd}, so a term in plain days cannot be counted.");
        return term.Value < rule.WorkingDaysBelow ? CountingUnit.WorkingDays : CountingUnit.CalendarDays;
    }

    /// <summary>The first day the applicant may act without the permit when nothing was issued or sent by the deadline.</summary>
    public DateOnly SilentConsentFrom(Deadline deadline) => SilentConsentFrom(deadline.LastDay);

    public DateOnly SilentConsentFrom(DateOnly lastDay)
    {
        var rule = calendar.Rules.SilentConsent.InForceOn(lastDay)
            ?? throw new CalendarDataMissingException(lastDay.Year, calendar.OrganisationId,
                $"no silent-consent rule is in force on {lastDay:yyyy-MM-dd}.");
        var day = calendar.AddWorkingDays(lastDay, rule.WorkingDaysAfterDeadline);
        return settings.SilentConsentStart == SilentConsentStart.NextDay ? day.AddDays(1) : day;
    }

    /// <summary>The next working day after the instant's local date (a case reaches the provider no later than this).</summary>
    public DateOnly NextWorkingDay(DateTimeOffset after) => calendar.NextWorkingDay(LocalDate(after));

    public TermClock Clock(DateTimeOffset registeredAt, DeadlineTerm term, IEnumerable<SuspensionInterval> suspensions) =>
        new(this, registeredAt, term, suspensions.OrderBy(s => s.From).ToList());

    public DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, settings.TimeZone).DateTime);

    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, settings.TimeZone.GetUtcOffset(local));
    }

    public DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));

    internal DateOnly LastDay(DateOnly startedOn, CountingUnit unit, int value) => unit switch
    {
        CountingUnit.WorkingDays => calendar.AddWorkingDays(startedOn, value),
        CountingUnit.CalendarDays => calendar.AddCalendarDays(startedOn, value, settings.ShiftLastDayOffToWorkingDay),
        CountingUnit.SameDay => calendar.WorkingDayOnOrAfter(startedOn),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a term counted in days."),
    };

    private DateTimeOffset AddHoursOnWorkingDays(DateTimeOffset from, TimeSpan hours)
    {
        var remaining = hours;
        var cursor = TimeZoneInfo.ConvertTime(from, settings.TimeZone);
        while (true)
        {
            var day = LocalDate(cursor);
            var dayEnd = EndOfDay(day);
            if (calendar.IsWorkingDay(day))
            {
                if (remaining <= dayEnd - cursor)
                    return TimeZoneInfo.ConvertTime(cursor + remaining, settings.TimeZone);
                remaining -= dayEnd - cursor;
            }
            cursor = dayEnd;
        }
    }
}
