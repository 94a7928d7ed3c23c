namespace Cnap.Domain.Calendar;

/// <summary>One date of a working calendar: whether it is worked, and every reason it departs from an ordinary day.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, IReadOnlyList<DayReason> Reasons)
{
    /// <summary>A day off, or a working day that would be off but for a regime or an order.</summary>
    public bool IsNotable => !IsWorkingDay || Reasons.Count > 0;
}

/// <summary>Why a day is off or worked; the referenced row carries the names and legal ground.</summary>
public sealed record DayReason(DayReasonKind Kind)
{
    public HolidayRule? Holiday { get; init; }

    public CalendarRegime? Regime { get; init; }

    public DayOverride? Override { get; init; }

    /// <summary>For a moved day off: the holiday's date.</summary>
    public DateOnly? MovedFrom { get; init; }
}

public enum DayReasonKind
{
    /// <summary>A weekday the work week does not work (Saturday, Sunday nationally).</summary>
    RestDay,
    Holiday,
    /// <summary>A holiday that a regime such as martial law makes an ordinary working day.</summary>
    HolidayWorkedUnderRegime,
    /// <summary>The day off a holiday on a rest day moves here.</summary>
    MovedDayOff,
    OverrideDayOff,
    OverrideWorkingDay,
}
