namespace Cnap.Domain.Calendar;

/// <summary>
/// Which weekdays are worked: the national five-day week, or an organisation's own week (a centre open on
/// Saturdays). An organisation's row overrides the national one while it is in force.
/// </summary>
public sealed class WorkWeek : IEffectiveDated
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Null for the national base.</summary>
    public string? OrganisationId { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public required Weekdays WorkingDays { get; init; }

    public string LegalReference { get; init; } = "";

    public bool Works(DayOfWeek day) => WorkingDays.HasFlag(day.AsWeekdays());
}

[Flags]
public enum Weekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
}

public static class WeekdaysExtensions
{
    public static Weekdays AsWeekdays(this DayOfWeek day) => day switch
    {
        DayOfWeek.Sunday => Weekdays.Sunday,
        _ => (Weekdays)(1 << ((int)day - 1)),
    };
}
