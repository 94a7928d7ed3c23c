namespace Cnap.Domain.Organisations;

/// <summary>One day of a weekly schedule, with an optional break.</summary>
public sealed record OpeningHours
{
    public OpeningHours(DayOfWeek day, TimeOnly opens, TimeOnly closes, TimeOnly? breakFrom = null, TimeOnly? breakTo = null)
    {
        if (closes <= opens)
            throw new DomainException($"On {day} the centre must close after it opens ({opens}–{closes}).");
        if (breakFrom.HasValue != breakTo.HasValue || (breakFrom is { } from && breakTo is { } to && (from <= opens || to >= closes || to <= from)))
            throw new DomainException($"On {day} the break must have a start and an end inside the working hours.");
        Day = day;
        Opens = opens;
        Closes = closes;
        BreakFrom = breakFrom;
        BreakTo = breakTo;
    }

    public DayOfWeek Day { get; private init; }

    public TimeOnly Opens { get; private init; }

    public TimeOnly Closes { get; private init; }

    public TimeOnly? BreakFrom { get; private init; }

    public TimeOnly? BreakTo { get; private init; }

    public bool IsOpenAt(TimeOnly time) =>
        time >= Opens && time < Closes && !(BreakFrom is { } from && BreakTo is { } to && time >= from && time < to);
}
