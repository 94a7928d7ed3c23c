namespace Cnap.Domain.Calendar;

/// <summary>
/// A term's clock read at an instant, in the term's counting unit (working or calendar days).
/// <see cref="Remaining"/> is negative once the deadline has passed: that many counted days overdue.
/// </summary>
public sealed record ClockReading(
    DateOnly On,
    CountingUnit CountedIn,
    int Elapsed,
    int Remaining,
    int SuspendedDays,
    bool IsSuspended,
    bool IsOverdue);
