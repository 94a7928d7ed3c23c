using Cnap.Domain.Notifications;

namespace Cnap.Domain.Tests.Notifications;

public sealed class RetryScheduleTests
{
    [Fact]
    public void The_default_schedule_backs_off_from_a_minute_to_four_hours_over_six_attempts()
    {
        var schedule = RetrySchedule.Default;

        Assert.Equal(6, schedule.MaxAttempts);
        Assert.Equal(TimeSpan.FromMinutes(1), schedule.DelayAfter(1));
        Assert.Equal(TimeSpan.FromHours(4), schedule.DelayAfter(5));
        Assert.Null(schedule.DelayAfter(6));
    }

    [Fact]
    public void A_schedule_without_positive_delays_is_refused()
    {
        Assert.Throws<DomainException>(() => new RetrySchedule([]));
        Assert.Throws<DomainException>(() => new RetrySchedule([TimeSpan.Zero]));
    }
}
