using Cnap.Domain.Calendar;
using static Cnap.Domain.Tests.Calendar.TestCalendars;

namespace Cnap.Domain.Tests.Calendar;

public sealed class DeadlineCalculatorTests
{
    [Theory]
    [InlineData(9, CountingUnit.Days, CountingUnit.WorkingDays, "2025-03-14")]
    [InlineData(10, CountingUnit.Days, CountingUnit.CalendarDays, "2025-03-13")]
    [InlineData(10, CountingUnit.WorkingDays, CountingUnit.WorkingDays, "2025-03-17")]
    [InlineData(5, CountingUnit.CalendarDays, CountingUnit.CalendarDays, "2025-03-10")]
    public void Article_42_counts_plain_days_under_ten_as_working_days(int value, CountingUnit stated, CountingUnit counted, string lastDay)
    {
        var deadline = Deadlines(Regime.MartialLaw).Compute(At("2025-03-03"), new DeadlineTerm(value, stated));

        Assert.Equal(counted, deadline.CountedIn);
        Assert.Equal(D(lastDay), deadline.LastDay);
    }

    [Fact]
    public void The_Article_42_threshold_is_data()
    {
        var rules = National with { TermCounting = [new TermCountingRule { EffectiveFrom = D("2022-01-01"), WorkingDaysBelow = 5 }] };
        var deadlines = new DeadlineCalculator(WorkingCalendar.Create(rules), new DeadlineSettings(Kyiv));

        Assert.Equal(CountingUnit.CalendarDays, deadlines.Compute(At("2025-03-03"), DeadlineTerm.Days(9)).CountedIn);
    }

    [Fact]
    public void The_shift_of_a_last_day_off_can_be_switched_off()
    {
        var deadlines = Deadlines(Regime.MartialLaw, new DeadlineSettings(Kyiv) { ShiftLastDayOffToWorkingDay = false });

        Assert.Equal(D("2025-03-02"), deadlines.Compute(At("2025-01-31"), DeadlineTerm.CalendarDays(30)).LastDay);
    }

    [Fact]
    public void Silent_consent_may_start_the_day_after_the_tenth_working_day()
    {
        var deadlines = Deadlines(Regime.MartialLaw, new DeadlineSettings(Kyiv) { SilentConsentStart = SilentConsentStart.NextDay });

        Assert.Equal(D("2025-04-01"), deadlines.SilentConsentFrom(D("2025-03-17")));
    }

    [Fact]
    public void A_day_term_ends_at_local_midnight_after_its_last_day()
    {
        var deadline = Deadlines(Regime.MartialLaw).Compute(At("2025-03-03"), DeadlineTerm.WorkingDays(10));

        Assert.Equal(D("2025-03-03"), deadline.StartedOn);
        Assert.Equal(new DateTimeOffset(2025, 3, 18, 0, 0, 0, TimeSpan.FromHours(2)), deadline.EndsAt);
    }

    [Fact]
    public void Filing_just_after_midnight_Kyiv_time_counts_from_that_Kyiv_date()
    {
        var sundayNightUtc = new DateTimeOffset(2025, 3, 2, 22, 30, 0, TimeSpan.Zero);

        var deadline = Deadlines(Regime.MartialLaw).Compute(sundayNightUtc, DeadlineTerm.WorkingDays(10));

        Assert.Equal(D("2025-03-03"), deadline.StartedOn);
        Assert.Equal(D("2025-03-17"), deadline.LastDay);
    }

    [Theory]
    [InlineData("2025-03-03", "2025-03-03")]
    [InlineData("2025-03-08", "2025-03-10")]
    public void A_same_day_service_is_due_the_day_of_filing_or_the_next_working_day(string filed, string due)
    {
        Assert.Equal(D(due), Deadlines(Regime.MartialLaw).Compute(At(filed), DeadlineTerm.SameDay).LastDay);
    }

    [Fact]
    public void An_hours_term_runs_on_the_clock()
    {
        var deadline = Deadlines(Regime.MartialLaw).Compute(At("2025-03-07", 15), DeadlineTerm.Hours(24));

        Assert.Equal(At("2025-03-08", 15), deadline.EndsAt);
        Assert.Equal(D("2025-03-08"), deadline.LastDay);
    }

    [Theory]
    [InlineData(Regime.MartialLaw, "2025-08-25")]
    [InlineData(Regime.Peacetime, "2025-08-26")]
    public void Sole_trader_registration_takes_24_hours_excluding_days_off(Regime regime, string due)
    {
        var deadline = Deadlines(regime).Compute(At("2025-08-22", 15), DeadlineTerm.HoursExcludingDaysOff(24));

        Assert.Equal(At(due, 15), deadline.EndsAt);
        Assert.Equal(D(due), deadline.LastDay);
    }

    [Fact]
    public void Hours_excluding_days_off_keep_the_wall_clock_across_a_change_of_summer_time()
    {
        var deadline = Deadlines(Regime.MartialLaw).Compute(At("2025-10-24", 15), DeadlineTerm.HoursExcludingDaysOff(24));

        Assert.Equal(new DateTimeOffset(2025, 10, 27, 15, 0, 0, TimeSpan.FromHours(2)), deadline.EndsAt);
    }

    [Fact]
    public void Hours_excluding_days_off_filed_on_a_day_off_start_with_the_next_working_day()
    {
        var deadline = Deadlines(Regime.MartialLaw).Compute(At("2025-03-08", 11), DeadlineTerm.HoursExcludingDaysOff(24));

        Assert.Equal(At("2025-03-11", 0), deadline.EndsAt);
        Assert.Equal(D("2025-03-10"), deadline.LastDay);
    }

    [Fact]
    public void A_negative_term_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadlines(Regime.MartialLaw).Compute(At("2025-03-03"), DeadlineTerm.WorkingDays(-1)));
    }
}
