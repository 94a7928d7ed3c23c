namespace Cnap.Host.Queue.Tickets;

/// <summary>
/// Who is called first: bookings whose slot has begun (earliest slot first), then the priority categories by law, then
/// everyone else; within each, by the time the ticket was issued.
/// </summary>
public static class CallOrder
{
    /// <summary>How early a booking counts as due: people who booked 10:00 are called from 09:55.</summary>
    public static readonly TimeSpan DueAhead = TimeSpan.FromMinutes(5);

    public static (int Rank, DateTimeOffset At) Key(DateTimeOffset? dueAt, Priority priority, DateTimeOffset issuedAt, DateTimeOffset now) =>
        dueAt is { } due && due - DueAhead <= now ? (0, due)
        : priority != Priority.None ? (1, issuedAt)
        : (2, issuedAt);

    public static bool Before(DateTimeOffset? dueA, Priority priorityA, DateTimeOffset issuedA, DateTimeOffset? dueB, Priority priorityB, DateTimeOffset issuedB,
        DateTimeOffset now) =>
        Key(dueA, priorityA, issuedA, now).CompareTo(Key(dueB, priorityB, issuedB, now)) < 0;
}
