using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.ProviderTasks;

namespace Cnap.Host.Cases.Tracking;

/// <summary>
/// The steps still ahead of a case and the last day each is expected by: open stages by their own due dates, the card's
/// later stages counted one after another on the provider's working calendar, and the result by the legal deadline.
/// A projection, not a promise: no stage is expected after the deadline the law sets for the whole case.
/// </summary>
public static class ExpectedSteps
{
    public sealed record CardStage(string Name, DeadlineTerm? Term);

    public static IReadOnlyList<ExpectedStep> Project(
        Case @case, IReadOnlyList<ProviderTask> tasks, IReadOnlyList<CardStage> stages, DeadlineCalculator deadlines, DateTimeOffset now)
    {
        if (@case.IsClosed || @case.IsSuspended || @case.Status == CaseStatus.ReadyForIssue)
            return [];
        var caseDeadline = @case.LegalDeadline;
        var open = tasks.Where(t => t.IsOpen).OrderBy(t => t.DueAt).ToList();
        var steps = open.Select(t => new ExpectedStep(t.Stage, LastDay(deadlines, Earlier(t.DueAt, caseDeadline)), InProgress: true)).ToList();

        var reached = tasks.Select(t => t.Stage).ToHashSet(StringComparer.Ordinal);
        var lastReached = stages.Select((s, i) => (s, i)).Where(x => reached.Contains(x.s.Name)).Select(x => x.i).DefaultIfEmpty(-1).Max();
        var start = open.Count > 0 ? open.Max(t => t.DueAt) : now;
        foreach (var stage in stages.Skip(lastReached + 1))
        {
            var due = stage.Term is { } term ? Earlier(deadlines.Compute(Later(start, now), term).EndsAt, caseDeadline) : caseDeadline;
            steps.Add(new ExpectedStep(stage.Name, LastDay(deadlines, due), InProgress: false));
            start = due;
        }
        steps.Add(new ExpectedStep(null, LastDay(deadlines, caseDeadline), InProgress: false));
        return steps;
    }

    /// <summary>The day a term's end falls in: a term that ends at midnight was due the day before.</summary>
    public static DateOnly LastDay(DeadlineCalculator deadlines, DateTimeOffset endsAt) => deadlines.LocalDate(endsAt.AddTicks(-1));

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
