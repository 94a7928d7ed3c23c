using Cnap.Domain.Contacts;
using Cnap.Domain.Organisations;

namespace Cnap.Domain.Tests.Organisations;

public sealed class ServiceCentreTests
{
    private static readonly PostalAddress Address = new("49000", "м. Дніпро", "просп. Дмитра Яворницького, 75");

    private static ServiceCentre Centre() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "DNP01", "ЦНАП", Address);

    [Fact]
    public void The_schedule_tells_when_the_centre_is_open_minding_the_break()
    {
        var centre = Centre();
        centre.SetOpeningHours([
            new OpeningHours(DayOfWeek.Tuesday, new TimeOnly(8, 0), new TimeOnly(20, 0)),
            new OpeningHours(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(17, 0), new TimeOnly(12, 0), new TimeOnly(12, 45)),
        ]);

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday], centre.OpeningHours.Select(h => h.Day));
        Assert.True(centre.IsOpenAt(new DateTime(2025, 3, 3, 11, 59, 0)));
        Assert.False(centre.IsOpenAt(new DateTime(2025, 3, 3, 12, 30, 0)));
        Assert.True(centre.IsOpenAt(new DateTime(2025, 3, 4, 19, 0, 0)));
        Assert.False(centre.IsOpenAt(new DateTime(2025, 3, 8, 10, 0, 0)));
    }

    [Fact]
    public void A_day_appears_once_and_a_break_lies_inside_the_hours()
    {
        Assert.Throws<DomainException>(() => Centre().SetOpeningHours([
            new OpeningHours(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(17, 0)),
            new OpeningHours(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(18, 0)),
        ]));
        Assert.Throws<DomainException>(() => new OpeningHours(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(17, 0), new TimeOnly(17, 0), new TimeOnly(18, 0)));
        Assert.Throws<DomainException>(() => new OpeningHours(DayOfWeek.Monday, new TimeOnly(17, 0), new TimeOnly(8, 0)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("DNP 01")]
    [InlineData("A-VERY-LONG-CENTRE-CODE")]
    public void A_centre_code_is_short_and_without_spaces(string code) =>
        Assert.Throws<DomainException>(() => new ServiceCentre(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), code, "ЦНАП", Address));

    [Fact]
    public void Remote_workplaces_have_distinct_names()
    {
        var centre = Centre();
        centre.AddRemoteWorkplace(Guid.NewGuid(), "ВРМ с. Сурсько-Литовське", new PostalAddress("52131", "с. Сурсько-Литовське", "вул. Центральна, 1"), "вівторок 9:00–13:00");

        Assert.Throws<DomainException>(() =>
            centre.AddRemoteWorkplace(Guid.NewGuid(), "врм с. сурсько-литовське", Address, "четвер"));
    }
}
