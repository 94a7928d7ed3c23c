using Cnap.Domain.Calendar;
using static Cnap.Domain.Tests.Calendar.TestCalendars;

namespace Cnap.Domain.Tests.Calendar;

public sealed class DayOverrideTests
{
    private static DayOverride Override(string date, DayOverrideKind kind, string? organisationId = null) => new()
    {
        OrganisationId = organisationId,
        Date = D(date),
        Kind = kind,
        ReasonUk = "Перенесення робочого дня",
        ReasonEn = "Transferred working day",
    };

    [Fact]
    public void A_transferred_working_Saturday_and_its_day_off_are_explicit_rows()
    {
        var rules = National with
        {
            DayOverrides = [Override("2025-03-15", DayOverrideKind.WorkingDay), Override("2025-03-14", DayOverrideKind.DayOff)],
        };
        var calendar = WorkingCalendar.Create(rules);

        Assert.False(calendar.IsWorkingDay(D("2025-03-14")));
        Assert.True(calendar.IsWorkingDay(D("2025-03-15")));
        Assert.Equal(D("2025-03-15"), calendar.NextWorkingDay(D("2025-03-13")));
        Assert.Contains(calendar.Day(D("2025-03-15")).Reasons, r => r.Kind == DayReasonKind.OverrideWorkingDay && r.Override!.ReasonEn == "Transferred working day");
    }

    [Fact]
    public void A_moved_day_off_goes_past_a_day_already_off_by_order()
    {
        var rules = TestCalendars.Rules(Regime.Peacetime) with { DayOverrides = [Override("2025-08-25", DayOverrideKind.DayOff)] };
        var calendar = WorkingCalendar.Create(rules);

        Assert.False(calendar.IsWorkingDay(D("2025-08-25")));
        Assert.False(calendar.IsWorkingDay(D("2025-08-26")));
        Assert.True(calendar.IsWorkingDay(D("2025-08-27")));
    }

    [Fact]
    public void An_organisation_row_beats_the_national_row_for_that_organisation_only()
    {
        var rules = National with
        {
            DayOverrides = [Override("2025-03-14", DayOverrideKind.DayOff), Override("2025-03-14", DayOverrideKind.WorkingDay, "centre-1")],
        };

        Assert.False(WorkingCalendar.Create(rules).IsWorkingDay(D("2025-03-14")));
        Assert.False(WorkingCalendar.Create(rules, "centre-2").IsWorkingDay(D("2025-03-14")));
        Assert.True(WorkingCalendar.Create(rules, "centre-1").IsWorkingDay(D("2025-03-14")));
    }
}
