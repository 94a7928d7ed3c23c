using Cnap.Domain.Calendar;
using static Cnap.Domain.Tests.Calendar.TestCalendars;

namespace Cnap.Domain.Tests.Calendar;

public sealed class MissingDataTests
{
    [Fact]
    public void A_deadline_running_into_a_year_without_data_is_refused_naming_the_year()
    {
        var error = Assert.Throws<CalendarDataMissingException>(() =>
            Deadlines(Regime.MartialLaw).Compute(At("2027-12-20"), DeadlineTerm.WorkingDays(10)));

        Assert.Equal(2028, error.Year);
        Assert.Null(error.OrganisationId);
        Assert.Contains("2028", error.Message);
        Assert.Contains("national calendar", error.Message);
    }

    [Fact]
    public void The_refusal_names_the_organisation()
    {
        var calendar = WorkingCalendar.Create(National, "centre-7");

        var error = Assert.Throws<CalendarDataMissingException>(() => calendar.IsWorkingDay(D("2021-12-31")));

        Assert.Equal(2021, error.Year);
        Assert.Equal("centre-7", error.OrganisationId);
        Assert.Contains("organisation 'centre-7'", error.Message);
    }

    [Fact]
    public void A_year_view_outside_the_data_is_refused()
    {
        Assert.Equal(2031, Assert.Throws<CalendarDataMissingException>(() => CalendarOf(Regime.MartialLaw).DescribeYear(2031)).Year);
    }

    [Fact]
    public void A_calendar_with_no_years_refuses_every_date()
    {
        var calendar = WorkingCalendar.Create(National with { Years = [] });

        Assert.Throws<CalendarDataMissingException>(() => calendar.IsWorkingDay(D("2025-03-03")));
    }

    [Fact]
    public void A_covered_year_without_a_work_week_in_force_is_refused()
    {
        var rules = National with { WorkWeeks = [new WorkWeek { EffectiveFrom = D("2023-01-01"), WorkingDays = Weekdays.Monday }] };
        var calendar = WorkingCalendar.Create(rules);

        var error = Assert.Throws<CalendarDataMissingException>(() => calendar.IsWorkingDay(D("2022-06-01")));
        Assert.Contains("work week", error.Message);
        Assert.True(calendar.IsWorkingDay(D("2023-01-02")));
    }

    [Fact]
    public void Plain_days_before_Art_42_came_into_force_are_refused_not_guessed()
    {
        var error = Assert.Throws<CalendarDataMissingException>(() =>
            Deadlines(Regime.MartialLaw).Compute(At("2023-06-01"), DeadlineTerm.Days(5)));

        Assert.Contains("Art. 42", error.Message);
        Assert.Equal(D("2023-06-08"), Deadlines(Regime.MartialLaw).Compute(At("2023-06-01"), DeadlineTerm.WorkingDays(5)).LastDay);
    }
}
