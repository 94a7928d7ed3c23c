using Cnap.Domain.Calendar;
using static Cnap.Domain.Tests.Calendar.TestCalendars;

namespace Cnap.Domain.Tests.Calendar;

public sealed class OrganisationCalendarTests
{
    private const string Centre = "cnap-saturday";

    private static WorkingCalendar SaturdayCentre(Regime regime, params DayOverride[] overrides) =>
        WorkingCalendar.Create(TestCalendars.Rules(regime).WithSaturdayCentre(Centre, overrides), Centre);

    [Fact]
    public void A_centre_open_on_Saturdays_counts_Saturday_as_a_working_day()
    {
        var calendar = SaturdayCentre(Regime.MartialLaw);

        Assert.True(calendar.IsWorkingDay(D("2025-03-15")));
        Assert.False(calendar.IsWorkingDay(D("2025-03-16")));
        Assert.Equal(D("2025-03-15"), calendar.NextWorkingDay(D("2025-03-14")));
        Assert.Equal("Centre open on Saturdays", calendar.Organisation!.NameEn);
    }

    [Fact]
    public void A_holiday_on_the_centres_working_Saturday_is_off_and_moves_nothing()
    {
        var calendar = SaturdayCentre(Regime.Peacetime);

        Assert.False(calendar.IsWorkingDay(D("2025-03-08")));
        Assert.True(calendar.IsWorkingDay(D("2025-03-10")));
        Assert.False(CalendarOf(Regime.Peacetime).IsWorkingDay(D("2025-03-10")));
    }

    [Fact]
    public void A_holiday_on_the_centres_Sunday_moves_its_day_off_to_Monday()
    {
        Assert.False(SaturdayCentre(Regime.Peacetime).IsWorkingDay(D("2025-08-25")));
        Assert.True(SaturdayCentre(Regime.MartialLaw).IsWorkingDay(D("2025-08-25")));
    }

    [Fact]
    public void A_centres_extra_day_off_shifts_its_deadlines()
    {
        var dayOff = new DayOverride
        {
            OrganisationId = Centre, Date = D("2025-03-04"), Kind = DayOverrideKind.DayOff,
            ReasonUk = "Санітарний день", ReasonEn = "Cleaning day",
        };
        var calendar = SaturdayCentre(Regime.MartialLaw, dayOff);

        Assert.Equal(D("2025-03-05"), calendar.NextWorkingDay(D("2025-03-03")));
        Assert.Equal(D("2025-03-04"), CalendarOf(Regime.MartialLaw).NextWorkingDay(D("2025-03-03")));
    }

    [Fact]
    public void An_organisation_without_its_own_calendar_works_the_national_one()
    {
        var calendar = WorkingCalendar.Create(TestCalendars.National, "no-such-centre");

        Assert.Null(calendar.Organisation);
        Assert.Equal("no-such-centre", calendar.OrganisationId);
        Assert.Equal(CalendarOf(Regime.MartialLaw).DescribeYear(2025).NotableDays.Select(d => d.Date),
            calendar.DescribeYear(2025).NotableDays.Select(d => d.Date));
    }

    [Fact]
    public void The_national_calendar_hands_each_organisation_its_own_days()
    {
        var national = WorkingCalendar.Create(TestCalendars.Rules(Regime.MartialLaw).WithSaturdayCentre(Centre));

        var centre = national.For(Centre);
        var other = national.For("other-centre");

        Assert.True(centre.IsWorkingDay(D("2025-03-15")));
        Assert.False(other.IsWorkingDay(D("2025-03-15")));
        Assert.Equal("other-centre", Assert.Throws<CalendarDataMissingException>(() => other.IsWorkingDay(D("2030-01-01"))).OrganisationId);
        Assert.Same(national, national.For(null));
    }
}
