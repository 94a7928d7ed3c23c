using Cnap.Domain.Calendar;
using static Cnap.Domain.Tests.Calendar.TestCalendars;

namespace Cnap.Domain.Tests.Calendar;

public sealed class NationalCalendarTests
{
    [Theory]
    [InlineData(2022, 12)]
    [InlineData(2023, 11)]
    [InlineData(2027, 11)]
    public void Peacetime_holiday_list_has_twelve_days_before_2023_and_eleven_since(int year, int holidays)
    {
        var view = CalendarOf(Regime.Peacetime).DescribeYear(year);

        Assert.Equal(holidays, view.NotableDays.SelectMany(d => d.Reasons).Count(r => r.Kind == DayReasonKind.Holiday));
    }

    [Theory]
    [InlineData("2022-01-07", false)] // Christmas on 7 January, dropped in 2023
    [InlineData("2023-01-09", true)]
    [InlineData("2022-07-28", false)] // Statehood Day, moved to 15 July in 2023
    [InlineData("2023-07-17", false)] // 15 July 2023 is a Saturday: the day off moves to Monday
    [InlineData("2022-10-14", false)]
    [InlineData("2023-10-02", false)] // Defenders Day 1 October 2023 is a Sunday
    [InlineData("2023-05-08", false)]
    [InlineData("2023-05-09", true)]
    [InlineData("2025-06-09", false)] // Trinity on Sunday 8 June
    public void Peacetime_days_follow_the_holiday_list_in_force(string date, bool working)
    {
        Assert.Equal(working, CalendarOf(Regime.Peacetime).IsWorkingDay(D(date)));
    }

    [Fact]
    public void Labour_Day_and_Easter_on_one_weekend_move_two_days_off_in_peacetime()
    {
        var calendar = CalendarOf(Regime.Peacetime);

        Assert.False(calendar.IsWorkingDay(D("2027-05-03")));
        Assert.False(calendar.IsWorkingDay(D("2027-05-04")));
        Assert.True(calendar.IsWorkingDay(D("2027-05-05")));
        Assert.Equal(
            [D("2027-05-01"), D("2027-05-02")],
            new[] { "2027-05-03", "2027-05-04" }.Select(d => calendar.Day(D(d)).Reasons.Single(r => r.Kind == DayReasonKind.MovedDayOff).MovedFrom!.Value));
    }

    [Fact]
    public void Martial_law_makes_holidays_working_days_from_24_February_2022()
    {
        var calendar = CalendarOf(Regime.MartialLaw);

        Assert.False(calendar.IsWorkingDay(D("2022-01-03"))); // New Year on Saturday, before martial law
        Assert.False(calendar.IsWorkingDay(D("2022-01-07")));
        var womensDay = calendar.Day(D("2022-03-08"));
        Assert.True(womensDay.IsWorkingDay);
        var reason = Assert.Single(womensDay.Reasons);
        Assert.Equal(DayReasonKind.HolidayWorkedUnderRegime, reason.Kind);
        Assert.Equal("martial-law", reason.Regime!.Code);
        Assert.Equal("womens-day", reason.Holiday!.Code);
    }

    [Fact]
    public void Martial_law_moves_no_day_off()
    {
        var calendar = CalendarOf(Regime.MartialLaw);

        Assert.True(calendar.IsWorkingDay(D("2025-08-25")));
        Assert.Equal([DayReasonKind.RestDay, DayReasonKind.HolidayWorkedUnderRegime], calendar.Day(D("2025-08-24")).Reasons.Select(r => r.Kind));
    }

    [Fact]
    public void Ending_martial_law_is_a_change_of_data()
    {
        var martialLaw = National.Regimes.Single();
        var ended = National with { Regimes = [new CalendarRegime
        {
            Code = martialLaw.Code, NameUk = martialLaw.NameUk, NameEn = martialLaw.NameEn,
            EffectiveFrom = martialLaw.EffectiveFrom, EffectiveTo = new DateOnly(2026, 6, 30),
            HolidaysAreWorkingDays = true, SuspendsWeekendTransfer = true,
        }] };
        var calendar = WorkingCalendar.Create(ended);

        Assert.True(calendar.IsWorkingDay(D("2026-04-13"))); // Easter on 12 April, still martial law
        Assert.False(calendar.IsWorkingDay(D("2026-08-24")));
        Assert.False(calendar.IsWorkingDay(D("2026-12-25")));
    }

    [Theory]
    [InlineData(Regime.MartialLaw, 261, 104, 1)]
    [InlineData(Regime.Peacetime, 250, 115, 0)]
    public void Year_2025_has_the_expected_working_days_and_regimes(Regime regime, int working, int off, int regimes)
    {
        var view = CalendarOf(regime).DescribeYear(2025);

        Assert.Equal(working, view.WorkingDays);
        Assert.Equal(off, view.DaysOff);
        Assert.Equal(regimes, view.Regimes.Count);
        Assert.Equal(off, view.NotableDays.Count(d => !d.IsWorkingDay));
    }
}
