namespace Cnap.Domain.Calendar;

/// <summary>
/// When a term runs out. <see cref="LastDay"/> is the last day the act may be done; <see cref="EndsAt"/> is the
/// instant the term has elapsed (the end of that day in local time, or the exact hour for hour terms).
/// </summary>
public sealed record Deadline(DeadlineTerm Term, CountingUnit CountedIn, DateOnly StartedOn, DateOnly LastDay, DateTimeOffset EndsAt);
