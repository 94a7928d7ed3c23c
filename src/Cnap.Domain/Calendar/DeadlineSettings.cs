namespace Cnap.Domain.Calendar;

/// <summary>Choices the law leaves open, with the defaults domain.md sets, and the local time zone of the dates.</summary>
public sealed record DeadlineSettings(TimeZoneInfo TimeZone)
{
    /// <summary>Art. 42: a last day that falls on a day off moves to the next working day.</summary>
    public bool ShiftLastDayOffToWorkingDay { get; init; } = true;

    public SilentConsentStart SilentConsentStart { get; init; } = SilentConsentStart.OnTheDay;
}

public enum SilentConsentStart
{
    /// <summary>The right to act arises on the tenth working day after the deadline.</summary>
    OnTheDay,
    /// <summary>The right arises on the day after that.</summary>
    NextDay,
}
