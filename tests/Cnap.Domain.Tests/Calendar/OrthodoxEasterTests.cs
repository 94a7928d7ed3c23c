using Cnap.Domain.Calendar;

namespace Cnap.Domain.Tests.Calendar;

public sealed class OrthodoxEasterTests
{
    [Theory]
    [InlineData(2000, "2000-04-30")]
    [InlineData(2010, "2010-04-04")]
    [InlineData(2019, "2019-04-28")]
    [InlineData(2021, "2021-05-02")]
    [InlineData(2022, "2022-04-24")]
    [InlineData(2023, "2023-04-16")]
    [InlineData(2024, "2024-05-05")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-12")]
    [InlineData(2027, "2027-05-02")]
    public void Orthodox_Easter_falls_on_the_published_Sunday(int year, string expected)
    {
        var easter = OrthodoxEaster.Sunday(year);

        Assert.Equal(DateOnly.Parse(expected), easter);
        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
    }

    [Fact]
    public void Trinity_is_the_seventh_Sunday_after_Easter()
    {
        var trinity = TestCalendars.National.Holidays.Single(h => h.Code == "trinity");

        Assert.Equal(new DateOnly(2025, 6, 8), trinity.DateIn(2025));
        Assert.Equal(new DateOnly(2026, 5, 31), trinity.DateIn(2026));
    }
}
