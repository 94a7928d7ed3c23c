namespace Cnap.Host.Queue.Booking;

public enum DayState
{
    Open,
    Full,
    Past,
    ClosedByCalendar,
    ClosedByCentre,
    NoBookings,
    TooFarAhead,
}

/// <summary>One date of a group's booking calendar: whether it takes bookings, and its slots with the seats still free.</summary>
public sealed record DayPlan(DateOnly Date, DayState State, IReadOnlyList<SlotPlan> Slots)
{
    public int FreeSeats => Slots.Sum(s => s.Free);
}

public sealed record SlotPlan(TimeOnly Start, int Seats, int Taken)
{
    public int Free => Math.Max(0, Seats - Taken);
}
