using Cnap.Domain.Calendar;
using static Cnap.Domain.Tests.Calendar.TestCalendars;

namespace Cnap.Domain.Tests.Calendar;

/// <summary>The golden cases of domain.md, each in both regimes.</summary>
public sealed class GoldenCaseTests
{
    [Theory]
    [InlineData(Regime.MartialLaw, "2025-03-17", "2025-03-31")]
    // In peacetime 8 March 2025 (a Saturday) moves its day off to Monday 10 March, one working day later.
    [InlineData(Regime.Peacetime, "2025-03-18", "2025-04-01")]
    public void Permit_filed_on_Monday_3_March_2025_has_its_deadline_and_silent_consent_date(Regime regime, string deadline, string silentConsent)
    {
        var deadlines = Deadlines(regime);

        var result = deadlines.Compute(At("2025-03-03"), DeadlineTerm.WorkingDays(10));

        Assert.Equal(D(deadline), result.LastDay);
        Assert.Equal(D(silentConsent), deadlines.SilentConsentFrom(result));
    }

    [Theory]
    [InlineData(Regime.MartialLaw, "2025-08-25")]
    [InlineData(Regime.Peacetime, "2025-08-26")]
    public void Next_working_day_after_Friday_22_August_2025_depends_on_Independence_Day_on_Sunday(Regime regime, string expected)
    {
        Assert.Equal(D(expected), CalendarOf(regime).NextWorkingDay(D("2025-08-22")));
        Assert.Equal(D(expected), Deadlines(regime).NextWorkingDay(At("2025-08-22", 17)));
    }

    [Theory]
    [InlineData(Regime.MartialLaw, "2024-12-26")]
    [InlineData(Regime.Peacetime, "2024-12-27")]
    public void Two_working_days_after_24_December_2024_depend_on_Christmas(Regime regime, string expected)
    {
        Assert.Equal(D(expected), CalendarOf(regime).AddWorkingDays(D("2024-12-24"), 2));
        Assert.Equal(D(expected), Deadlines(regime).Compute(At("2024-12-24"), DeadlineTerm.WorkingDays(2)).LastDay);
    }

    [Theory]
    [InlineData(Regime.MartialLaw, "2026-04-13")]
    [InlineData(Regime.Peacetime, "2026-04-14")]
    public void One_working_day_after_Friday_10_April_2026_depends_on_Easter_on_12_April(Regime regime, string expected)
    {
        Assert.Equal(D(expected), CalendarOf(regime).AddWorkingDays(D("2026-04-10"), 1));
    }

    [Theory]
    [InlineData(Regime.MartialLaw, CountingUnit.CalendarDays)]
    [InlineData(Regime.Peacetime, CountingUnit.CalendarDays)]
    [InlineData(Regime.MartialLaw, CountingUnit.Days)]
    [InlineData(Regime.Peacetime, CountingUnit.Days)]
    public void Thirty_calendar_days_from_31_January_2025_end_on_Sunday_and_move_to_Monday(Regime regime, CountingUnit unit)
    {
        var result = Deadlines(regime).Compute(At("2025-01-31"), new DeadlineTerm(30, unit));

        Assert.Equal(CountingUnit.CalendarDays, result.CountedIn);
        Assert.Equal(D("2025-03-03"), result.LastDay);
        Assert.Equal(D("2025-03-02"), CalendarOf(regime).AddCalendarDays(D("2025-01-31"), 30, shiftLastDayOff: false));
    }
}
