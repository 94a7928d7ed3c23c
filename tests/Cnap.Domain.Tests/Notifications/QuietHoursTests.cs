using Cnap.Domain.Calendar;
using Cnap.Domain.Notifications;

namespace Cnap.Domain.Tests.Notifications;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Nights = QuietHours.KyivNights(UkraineTimeZone.Find());

    // Kyiv is UTC+2 in winter, UTC+3 in summer.
    [Theory]
    [InlineData("2026-01-15T18:59:00Z", false)]
    [InlineData("2026-01-15T19:00:00Z", true)]
    [InlineData("2026-01-15T23:30:00Z", true)]
    [InlineData("2026-01-16T05:59:00Z", true)]
    [InlineData("2026-01-16T06:00:00Z", false)]
    [InlineData("2026-07-15T17:59:00Z", false)]
    [InlineData("2026-07-15T18:00:00Z", true)]
    [InlineData("2026-07-16T05:00:00Z", false)]
    public void Nights_from_21_to_8_Kyiv_time_are_quiet(string instant, bool quiet)
    {
        Assert.Equal(quiet, Nights.Contains(DateTimeOffset.Parse(instant)));
    }

    [Theory]
    [InlineData("2026-01-15T20:00:00Z", "2026-01-16T06:00:00Z")]
    [InlineData("2026-01-16T01:00:00Z", "2026-01-16T06:00:00Z")]
    [InlineData("2026-01-16T09:00:00Z", "2026-01-16T09:00:00Z")]
    // The spring change (29 March 2026, 03:00 → 04:00): 08:00 Kyiv is 05:00 UTC that morning.
    [InlineData("2026-03-28T21:00:00Z", "2026-03-29T05:00:00Z")]
    public void A_quiet_moment_moves_to_8_oclock_Kyiv_time(string instant, string allowed)
    {
        Assert.Equal(DateTimeOffset.Parse(allowed), Nights.NextAllowed(DateTimeOffset.Parse(instant)));
    }

    [Fact]
    public void Quiet_hours_within_one_day_do_not_wrap_midnight()
    {
        var lunch = new QuietHours(new TimeOnly(13, 0), new TimeOnly(14, 0), TimeZoneInfo.Utc);

        Assert.True(lunch.Contains(DateTimeOffset.Parse("2026-01-15T13:30:00Z")));
        Assert.False(lunch.Contains(DateTimeOffset.Parse("2026-01-15T23:30:00Z")));
        Assert.Equal(DateTimeOffset.Parse("2026-01-15T14:00:00Z"), lunch.NextAllowed(DateTimeOffset.Parse("2026-01-15T13:30:00Z")));
    }

    [Fact]
    public void Equal_start_and_end_switch_quiet_hours_off()
    {
        var none = new QuietHours(new TimeOnly(8, 0), new TimeOnly(8, 0), TimeZoneInfo.Utc);

        Assert.False(none.Contains(DateTimeOffset.Parse("2026-01-15T08:00:00Z")));
        Assert.False(QuietHours.None.Contains(DateTimeOffset.Parse("2026-01-15T23:00:00Z")));
    }
}
