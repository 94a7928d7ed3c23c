using Cnap.Activities.SelectLists;
using Cnap.Domain;
using Cnap.Domain.Calendar;

namespace Cnap.Activities.Tasks;

/// <summary>Turns a stage's term into a due instant on the provider's calendar.</summary>
public static class StageTerms
{
    public static StageTermUnit Parse(string? unit) =>
        Enum.TryParse<StageTermUnit>(unit?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new DomainException($"«{unit}» is not a term unit ({string.Join(", ", Enum.GetNames<StageTermUnit>())}).");

    /// <summary>
    /// A stage never falls due before it starts: a stage sent after the case's deadline has passed is due at once
    /// (and shows as overdue), rather than refused.
    /// </summary>
    public static DateTimeOffset DueAt(DeadlineCalculator deadlines, DateTimeOffset now, DateTimeOffset caseDeadline, int value, StageTermUnit unit)
    {
        if (value < 0)
            throw new DomainException($"A term cannot be negative ({value}).");
        var due = unit switch
        {
            StageTermUnit.CaseDeadline => caseDeadline,
            StageTermUnit.WorkingDays => deadlines.Compute(now, DeadlineTerm.WorkingDays(value)).EndsAt,
            StageTermUnit.CalendarDays => deadlines.Compute(now, DeadlineTerm.CalendarDays(value)).EndsAt,
            StageTermUnit.Hours => deadlines.Compute(now, DeadlineTerm.Hours(value)).EndsAt,
            StageTermUnit.SameDay => deadlines.Compute(now, DeadlineTerm.SameDay).EndsAt,
            _ => throw new ArgumentOutOfRangeException(nameof(unit)),
        };
        return due < now ? now : due;
    }
}
