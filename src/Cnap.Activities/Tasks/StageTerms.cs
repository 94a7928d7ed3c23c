using Cnap.Activities.SelectLists;
using Cnap.Domain;
using Cnap.Domain.Calendar;

namespace Cnap.Activities.Tasks;

/// <summary>Turns a stage's term into a due instant on the provider's calendar.</summary>
public static class StageTerms
{
    public static StageTermUnit Parse(string? unit) =>
        TryParse(unit, out var parsed)
            ? parsed
            : throw new DomainException($"«{unit}» is not a term unit ({string.Join(", ", Enum.GetNames<StageTermUnit>())}).");

    public static bool TryParse(string? unit, out StageTermUnit parsed) =>
        Enum.TryParse(unit?.Trim(), ignoreCase: true, out parsed) && Enum.IsDefined(parsed);

    /// <summary>The stage's term as the calendar counts it; null for <see cref="StageTermUnit.CaseDeadline"/>, which has no length of its own.</summary>
    public static DeadlineTerm? Term(int value, StageTermUnit unit) => unit switch
    {
        StageTermUnit.WorkingDays => DeadlineTerm.WorkingDays(value),
        StageTermUnit.CalendarDays => DeadlineTerm.CalendarDays(value),
        StageTermUnit.Hours => DeadlineTerm.Hours(value),
        StageTermUnit.SameDay => DeadlineTerm.SameDay,
        StageTermUnit.CaseDeadline => null,
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };

    /// <summary>
    /// A stage never falls due before it starts: a stage sent after the case's deadline has passed is due at once
    /// (and shows as overdue), rather than refused.
    /// </summary>
    public static DateTimeOffset DueAt(DeadlineCalculator deadlines, DateTimeOffset now, DateTimeOffset caseDeadline, int value, StageTermUnit unit)
    {
        if (value < 0)
            throw new DomainException($"A term cannot be negative ({value}).");
        var due = Term(value, unit) is { } term ? deadlines.Compute(now, term).EndsAt : caseDeadline;
        return due < now ? now : due;
    }
}
