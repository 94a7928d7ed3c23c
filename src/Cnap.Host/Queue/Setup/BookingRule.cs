namespace Cnap.Host.Queue.Setup;

/// <summary>
/// When one service group takes bookings on one weekday: hours, an optional break, slot length and people per slot,
/// of whom <see cref="WalkInReserve"/> are kept for walk-ins and never offered online.
/// </summary>
public sealed class BookingRule
{
    private BookingRule() { }

    public BookingRule(Guid id, Guid serviceGroupId, DayOfWeek day, TimeOnly opens, TimeOnly closes, TimeOnly? breakFrom, TimeOnly? breakTo,
        int slotMinutes, int capacity, int walkInReserve)
    {
        if (closes <= opens)
            throw new QueueRefusal(RefusalReason.InvalidSetup, $"On {day} bookings must end after they start ({opens}–{closes}).");
        if (breakFrom.HasValue != breakTo.HasValue
            || (breakFrom is { } from && breakTo is { } to && (from <= opens || to >= closes || to <= from)))
            throw new QueueRefusal(RefusalReason.InvalidSetup, $"On {day} the break needs a start and an end inside the hours.");
        if (slotMinutes is < 5 or > 240)
            throw new QueueRefusal(RefusalReason.InvalidSetup, "A slot lasts 5 to 240 minutes.");
        if (capacity is < 1 or > 100)
            throw new QueueRefusal(RefusalReason.InvalidSetup, "A slot takes 1 to 100 people.");
        if (walkInReserve < 0 || walkInReserve > capacity)
            throw new QueueRefusal(RefusalReason.InvalidSetup, "The walk-in reserve is between 0 and the slot's capacity.");
        Id = id;
        ServiceGroupId = serviceGroupId;
        Day = day;
        Opens = opens;
        Closes = closes;
        BreakFrom = breakFrom;
        BreakTo = breakTo;
        SlotMinutes = slotMinutes;
        Capacity = capacity;
        WalkInReserve = walkInReserve;
    }

    public Guid Id { get; private set; }

    public Guid ServiceGroupId { get; private set; }

    public DayOfWeek Day { get; private set; }

    public TimeOnly Opens { get; private set; }

    public TimeOnly Closes { get; private set; }

    public TimeOnly? BreakFrom { get; private set; }

    public TimeOnly? BreakTo { get; private set; }

    public int SlotMinutes { get; private set; }

    public int Capacity { get; private set; }

    public int WalkInReserve { get; private set; }

    public int OnlineSeats => Capacity - WalkInReserve;

    /// <summary>Slot starts of the day: every slot lies wholly inside the hours and outside the break.</summary>
    public IEnumerable<TimeOnly> SlotStarts() => BreakFrom is { } from && BreakTo is { } to
        ? Run(Opens, from).Concat(Run(to, Closes))
        : Run(Opens, Closes);

    private IEnumerable<TimeOnly> Run(TimeOnly from, TimeOnly to)
    {
        var first = (int)from.ToTimeSpan().TotalMinutes;
        var last = (int)to.ToTimeSpan().TotalMinutes;
        for (var minute = first; minute + SlotMinutes <= last; minute += SlotMinutes)
            yield return TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minute));
    }

    public bool InBreak(TimeOnly time) => BreakFrom is { } from && BreakTo is { } to && time >= from && time < to;
}
