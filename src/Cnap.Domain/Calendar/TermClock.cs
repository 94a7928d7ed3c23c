namespace Cnap.Domain.Calendar;

/// <summary>
/// A day-counted term whose clock stops during suspensions: each suspended day (working or calendar, as the
/// term counts) pushes the deadline on by one. While a suspension is open the deadline is unknown.
/// </summary>
public sealed class TermClock
{
    private readonly DeadlineCalculator calculator;
    private readonly List<(DateOnly From, DateOnly? Until)> suspendedDates;

    internal TermClock(DeadlineCalculator calculator, DateTimeOffset registeredAt, DeadlineTerm term, IReadOnlyList<SuspensionInterval> suspensions)
    {
        if (!term.IsCountedInDays)
            throw new ArgumentException($"A suspended clock counts terms in days; a '{term}' term is counted by its deadline alone.", nameof(term));
        ArgumentOutOfRangeException.ThrowIfNegative(term.Value);
        foreach (var s in suspensions)
        {
            if (s.Until < s.From)
                throw new ArgumentException($"A suspension cannot end ({s.Until:O}) before it starts ({s.From:O}).", nameof(suspensions));
        }

        this.calculator = calculator;
        Term = term;
        Suspensions = suspensions;
        StartedOn = calculator.LocalDate(registeredAt);
        CountedIn = calculator.CountingUnitFor(term, StartedOn);
        suspendedDates = suspensions.Select(s => (calculator.LocalDate(s.From), s.Until is { } until ? calculator.LocalDate(until) : (DateOnly?)null)).ToList();
        Deadline = ComputeDeadline();
    }

    public DeadlineTerm Term { get; }

    public CountingUnit CountedIn { get; }

    public DateOnly StartedOn { get; }

    public IReadOnlyList<SuspensionInterval> Suspensions { get; }

    /// <summary>The deadline extended by the suspended days; null while an open suspension holds the clock.</summary>
    public Deadline? Deadline { get; }

    public ClockReading ReadAt(DateTimeOffset instant)
    {
        var on = calculator.LocalDate(instant);
        var from = on < StartedOn ? StartedOn : on;
        var elapsed = Count(StartedOn, from, Counts);
        var suspendedUpTo = Deadline is { } d && d.LastDay < from ? d.LastDay : from;
        var suspendedDays = Count(StartedOn, suspendedUpTo, day => IsUnitDay(day) && IsSuspended(day));
        var isSuspended = Suspensions.Any(s => s.Covers(instant));

        if (Deadline is null)
            return new ClockReading(on, CountedIn, elapsed, Term.Value - elapsed, suspendedDays, isSuspended, IsOverdue: false);
        if (from <= Deadline.LastDay)
            return new ClockReading(on, CountedIn, elapsed, Count(from, Deadline.LastDay, Counts), suspendedDays, isSuspended, IsOverdue: false);
        return new ClockReading(on, CountedIn, elapsed, -Count(Deadline.LastDay, from, Counts), suspendedDays, isSuspended, IsOverdue: true);
    }

    private Deadline? ComputeDeadline()
    {
        var openFrom = suspendedDates.Where(s => s.Until is null).Select(s => (DateOnly?)s.From).Min();
        var date = StartedOn;
        for (var counted = 0; counted < Term.Value;)
        {
            date = date.AddDays(1);
            if (date > openFrom)
                return null;
            if (Counts(date))
                counted++;
        }
        if (CountedIn == CountingUnit.CalendarDays && calculator.Settings.ShiftLastDayOffToWorkingDay)
            date = calculator.Calendar.WorkingDayOnOrAfter(date);
        return new Deadline(Term, CountedIn, StartedOn, date, calculator.EndOfDay(date));
    }

    private bool Counts(DateOnly day) => IsUnitDay(day) && !IsSuspended(day);

    private bool IsUnitDay(DateOnly day) => CountedIn == CountingUnit.CalendarDays || calculator.Calendar.IsWorkingDay(day);

    // The day a suspension starts still counts; the day it ends does not (counting resumes the day after).
    private bool IsSuspended(DateOnly day) => suspendedDates.Any(s => s.From < day && (s.Until is null || day <= s.Until));

    /// <summary>Days after <paramref name="from"/> up to and including <paramref name="to"/> that match.</summary>
    private static int Count(DateOnly from, DateOnly to, Func<DateOnly, bool> matches)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (matches(day))
                count++;
        }
        return count;
    }
}
