using Cnap.Domain.Calendar;

namespace Cnap.Host.Calendar;

/// <summary>Settings under <c>Calendar</c>: the choices the law leaves open (domain.md "configurable") and the cache.</summary>
public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    public string TimeZone { get; set; } = UkraineTimeZone.DefaultId;

    public bool ShiftLastDayOffToWorkingDay { get; set; } = true;

    public SilentConsentStart SilentConsentStart { get; set; } = SilentConsentStart.OnTheDay;

    /// <summary>How long computed calendars serve deadline counting before the rules are read again.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    public DeadlineSettings ToDeadlineSettings() => new(UkraineTimeZone.Find(TimeZone))
    {
        ShiftLastDayOffToWorkingDay = ShiftLastDayOffToWorkingDay,
        SilentConsentStart = SilentConsentStart,
    };
}
