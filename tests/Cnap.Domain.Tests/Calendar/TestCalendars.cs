using Cnap.Domain.Calendar;
using Cnap.Domain.Calendar.Seed;

namespace Cnap.Domain.Tests.Calendar;

internal static class TestCalendars
{
    public static readonly TimeZoneInfo Kyiv = UkraineTimeZone.Find();

    public static CalendarRules National { get; } = NationalCalendarSeed.Load();

    public static CalendarRules Rules(Regime regime) => regime == Regime.MartialLaw
        ? National
        : National with { Regimes = [] };

    public static WorkingCalendar CalendarOf(Regime regime, string? organisationId = null) =>
        WorkingCalendar.Create(Rules(regime), organisationId);

    public static DeadlineCalculator Deadlines(Regime regime, DeadlineSettings? settings = null) =>
        new(CalendarOf(regime), settings ?? new DeadlineSettings(Kyiv));

    /// <summary>An instant during the working day in Kyiv.</summary>
    public static DateTimeOffset At(string date, int hour = 10, int minute = 0)
    {
        var local = DateOnly.Parse(date).ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Kyiv.GetUtcOffset(local));
    }

    public static DateOnly D(string date) => DateOnly.Parse(date);

    /// <summary>A centre open Monday to Saturday, with its own extra day off, on top of the national base.</summary>
    public static CalendarRules WithSaturdayCentre(this CalendarRules rules, string organisationId, params DayOverride[] overrides) => rules with
    {
        Organisations = [.. rules.Organisations, new OrganisationCalendar { OrganisationId = organisationId, NameUk = "ЦНАП, що працює в суботу", NameEn = "Centre open on Saturdays" }],
        WorkWeeks =
        [
            .. rules.WorkWeeks,
            new WorkWeek
            {
                OrganisationId = organisationId,
                EffectiveFrom = new DateOnly(2022, 1, 1),
                WorkingDays = Weekdays.Monday | Weekdays.Tuesday | Weekdays.Wednesday | Weekdays.Thursday | Weekdays.Friday | Weekdays.Saturday,
            },
        ],
        DayOverrides = [.. rules.DayOverrides, .. overrides],
    };
}
