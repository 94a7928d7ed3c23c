namespace Cnap.Domain.Calendar;

/// <summary>A legal term as a service states it: "10 working days", "30 days", "same day", "24 hours excluding days off".</summary>
public sealed record DeadlineTerm(int Value, CountingUnit Unit)
{
    public static DeadlineTerm SameDay { get; } = new(0, CountingUnit.SameDay);

    public static DeadlineTerm WorkingDays(int value) => new(value, CountingUnit.WorkingDays);

    public static DeadlineTerm CalendarDays(int value) => new(value, CountingUnit.CalendarDays);

    /// <summary>Days without a stated kind: Art. 42 decides (see <see cref="TermCountingRule"/>).</summary>
    public static DeadlineTerm Days(int value) => new(value, CountingUnit.Days);

    public static DeadlineTerm Hours(int value) => new(value, CountingUnit.Hours);

    public static DeadlineTerm HoursExcludingDaysOff(int value) => new(value, CountingUnit.HoursExcludingDaysOff);

    public bool IsCountedInDays => Unit is CountingUnit.WorkingDays or CountingUnit.CalendarDays or CountingUnit.Days;

    public override string ToString() => Unit == CountingUnit.SameDay ? "same day" : $"{Value} {Unit}";
}

public enum CountingUnit
{
    WorkingDays,
    CalendarDays,
    /// <summary>Plain days: working or calendar by the Art. 42 threshold.</summary>
    Days,
    SameDay,
    Hours,
    /// <summary>Hours that run only on working days (sole-trader registration: 24 hours excluding days off).</summary>
    HoursExcludingDaysOff,
}
