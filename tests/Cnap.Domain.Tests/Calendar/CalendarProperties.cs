using Cnap.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;

namespace Cnap.Domain.Tests.Calendar;

/// <summary>Generators over the seeded years, for each regime and for a centre open on Saturdays.</summary>
internal static class CalendarProperties
{
    public const string SaturdayCentre = "cnap-saturday";

    private static readonly DateOnly First = new(2022, 1, 1);

    // Leaves room for 100 working days before the data ends in December 2027.
    private static readonly DateOnly Last = new(2027, 6, 30);

    public static readonly WorkingCalendar[] Calendars =
    [
        TestCalendars.CalendarOf(Regime.MartialLaw),
        TestCalendars.CalendarOf(Regime.Peacetime),
        WorkingCalendar.Create(TestCalendars.Rules(Regime.MartialLaw).WithSaturdayCentre(SaturdayCentre), SaturdayCentre),
        WorkingCalendar.Create(TestCalendars.Rules(Regime.Peacetime).WithSaturdayCentre(SaturdayCentre), SaturdayCentre),
    ];

    public static Gen<DateOnly> Dates { get; } = Gen.Choose(0, Last.DayNumber - First.DayNumber).Select(First.AddDays);

    public static Gen<int> Counts { get; } = Gen.Choose(0, 100);

    public static Gen<WorkingCalendar> AnyCalendar { get; } = Gen.Elements(Calendars);

    public static Arbitrary<(WorkingCalendar Calendar, DateOnly Start, int Count)> CalendarStartCount { get; } =
        AnyCalendar.SelectMany(c => Dates.SelectMany(d => Counts.Select(n => (c, d, n)))).ToArbitrary();
}
