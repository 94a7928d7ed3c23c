namespace Cnap.Domain.Calendar;

/// <summary>A year as a person reads it: the days that are not ordinary working days, and the regimes in force.</summary>
public sealed record CalendarYearView(
    int Year,
    string? OrganisationId,
    OrganisationCalendar? Organisation,
    IReadOnlyList<CalendarRegime> Regimes,
    IReadOnlyList<CalendarDay> NotableDays,
    int WorkingDays,
    int DaysOff);
