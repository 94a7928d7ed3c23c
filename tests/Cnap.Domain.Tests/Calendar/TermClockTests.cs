using Cnap.Domain.Calendar;
using static Cnap.Domain.Tests.Calendar.TestCalendars;

namespace Cnap.Domain.Tests.Calendar;

public sealed class TermClockTests
{
    private static readonly DateTimeOffset Filed = At("2025-03-03");

    private static TermClock Clock(params SuspensionInterval[] suspensions) =>
        Deadlines(Regime.MartialLaw).Clock(Filed, DeadlineTerm.WorkingDays(10), suspensions);

    [Fact]
    public void Without_suspensions_the_clock_ends_on_the_ordinary_deadline()
    {
        var clock = Clock();

        Assert.Equal(D("2025-03-17"), clock.Deadline!.LastDay);
        Assert.Equal(new ClockReading(D("2025-03-03"), CountingUnit.WorkingDays, 0, 10, 0, false, false), clock.ReadAt(Filed));
        Assert.Equal(new ClockReading(D("2025-03-17"), CountingUnit.WorkingDays, 10, 0, 0, false, false), clock.ReadAt(At("2025-03-17", 16)));
    }

    [Fact]
    public void A_clarification_extends_the_deadline_by_the_suspended_working_days()
    {
        // Asked on Wednesday 5 March, answered on Monday 10 March: 6, 7 and 10 March do not count.
        var clock = Clock(new SuspensionInterval(At("2025-03-05", 11), At("2025-03-10", 9)));

        Assert.Equal(D("2025-03-20"), clock.Deadline!.LastDay);
        Assert.Equal(new ClockReading(D("2025-03-07"), CountingUnit.WorkingDays, 2, 8, 2, true, false), clock.ReadAt(At("2025-03-07", 12)));
        Assert.Equal(new ClockReading(D("2025-03-11"), CountingUnit.WorkingDays, 3, 7, 3, false, false), clock.ReadAt(At("2025-03-11", 12)));
    }

    [Fact]
    public void While_a_clarification_is_open_the_deadline_is_unknown_and_the_clock_stands_still()
    {
        var clock = Clock(new SuspensionInterval(At("2025-03-05", 11), null));

        Assert.Null(clock.Deadline);
        var reading = clock.ReadAt(At("2025-03-12", 12));
        Assert.True(reading.IsSuspended);
        Assert.Equal(2, reading.Elapsed);
        Assert.Equal(8, reading.Remaining);
        Assert.False(reading.IsOverdue);
    }

    [Fact]
    public void Several_suspensions_add_up()
    {
        var clock = Clock(
            new SuspensionInterval(At("2025-03-04", 9), At("2025-03-05", 9)),
            new SuspensionInterval(At("2025-03-12", 9), At("2025-03-14", 9)));

        Assert.Equal(D("2025-03-20"), clock.Deadline!.LastDay);
    }

    [Fact]
    public void After_the_deadline_the_remaining_days_turn_negative()
    {
        var reading = Clock().ReadAt(At("2025-03-24", 12));

        Assert.True(reading.IsOverdue);
        Assert.Equal(-5, reading.Remaining);
        Assert.Equal(15, reading.Elapsed);
    }

    [Fact]
    public void A_calendar_day_term_is_extended_by_suspended_calendar_days()
    {
        var clock = Deadlines(Regime.MartialLaw).Clock(At("2025-01-31"), DeadlineTerm.Days(30),
            [new SuspensionInterval(At("2025-02-03"), At("2025-02-05"))]);

        Assert.Equal(CountingUnit.CalendarDays, clock.CountedIn);
        Assert.Equal(D("2025-03-04"), clock.Deadline!.LastDay);
    }

    [Fact]
    public void A_suspension_counted_in_peacetime_skips_the_moved_day_off()
    {
        var clock = Deadlines(Regime.Peacetime).Clock(At("2025-08-18"), DeadlineTerm.WorkingDays(5),
            [new SuspensionInterval(At("2025-08-19"), At("2025-08-20"))]);

        // 19 Aug counts; 20 Aug is suspended; 21, 22, 26, 27 follow (25 Aug is Independence Day's moved day off).
        Assert.Equal(D("2025-08-27"), clock.Deadline!.LastDay);
    }

    [Fact]
    public void An_hours_term_has_no_suspended_clock()
    {
        Assert.Throws<ArgumentException>(() => Deadlines(Regime.MartialLaw).Clock(Filed, DeadlineTerm.Hours(2), []));
    }

    [Fact]
    public void A_suspension_that_ends_before_it_starts_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => Clock(new SuspensionInterval(At("2025-03-05"), At("2025-03-04"))));
    }
}
