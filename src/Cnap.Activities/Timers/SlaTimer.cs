using System.Text.Json.Nodes;
using Cnap.Activities.Cases;
using Cnap.Activities.SelectLists;
using Cnap.Activities.Tasks;
using Cnap.Domain;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Timers;

/// <summary>
/// A durable timer on the engine's due-time bookmarks. When it fires, the due time is counted again from the case as
/// it is then: a clarification that stopped the clock meanwhile moves the moment later, and the timer waits on.
/// </summary>
[Activity("Cnap.SlaTimer", Category = "ЦНАП", Texts = typeof(CnapActivityTexts), Kind = ActivityKind.Task)]
[Outcomes(Elapsed, RequireConnections = true)]
public sealed class SlaTimer(ICaseWorkspace cases, IWorkingCalendarSource calendars, TimeProvider clock) : Activity
{
    public const string Elapsed = "Elapsed";
    public const string StimulusName = "Cnap.SlaTimer";

    // While the case's clock stands still the moment is unknown; look again after this long.
    private static readonly TimeSpan SuspendedRecheck = TimeSpan.FromDays(1);

    [Input(OptionsProvider = typeof(TimerBasisList), DefaultValue = nameof(TimerBasis.CaseDeadline), Order = 1)]
    public string? Basis { get; set; }

    [Input(Order = 2)]
    public int TermValue { get; set; }

    [Input(OptionsProvider = typeof(TermUnitList), DefaultValue = nameof(StageTermUnit.WorkingDays), Order = 3)]
    public string? TermUnit { get; set; }

    [Input(Order = 4)]
    public int OffsetWorkingDays { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.SetVariable(StartedAtVariable(context), clock.Now().ToString("O"));
        return await WaitOrElapseAsync(context);
    }

    public override ValueTask<ActivityResult> ResumeAsync(ActivityContext context) => WaitOrElapseAsync(context);

    private async ValueTask<ActivityResult> WaitOrElapseAsync(ActivityContext context)
    {
        var now = clock.Now();
        var due = await DueAsync(context, now);
        if (due is { } at && at <= now)
        {
            context.JournalText = $"строк сплив {at:u}";
            return ActivityResult.Done(Elapsed);
        }
        var wake = due ?? now + SuspendedRecheck;
        context.JournalText = due is null ? "строк зупинено; перевірка " + wake.ToString("u") : "до " + wake.ToString("u");
        // In UTC: SQLite compares stored instants as written, so a local offset would fire the timer hours off.
        return ActivityResult.Suspend(new BookmarkRequest(StimulusName, Callback: "elapsed", DueAt: wake.ToUniversalTime(), Unique: true));
    }

    /// <summary>When the timer elapses; null while the case's clock is stopped.</summary>
    private async Task<DateTimeOffset?> DueAsync(ActivityContext context, DateTimeOffset now)
    {
        var ct = context.CancellationToken;
        var @case = await context.CaseAsync(cases, clock);
        var deadlines = await calendars.ForProviderAsync(@case.ProviderId, ct);
        var basis = Enum.TryParse<TimerBasis>(Basis?.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new DomainException($"«{Basis}» is not a timer basis ({string.Join(", ", Enum.GetNames<TimerBasis>())}).");
        return basis switch
        {
            TimerBasis.Term => TermDue(context, @case, deadlines, now),
            TimerBasis.CaseDeadline => @case.IsSuspended ? null : DeadlineDue(@case, deadlines),
            _ => @case.IsSuspended ? null : SilentConsentDue(@case, deadlines),
        };
    }

    private DateTimeOffset? TermDue(ActivityContext context, Case @case, DeadlineCalculator deadlines, DateTimeOffset now)
    {
        var startedAt = context.GetVariable(StartedAtVariable(context)) is JsonValue value && value.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : now;
        var unit = StageTerms.Parse(TermUnit);
        if (unit == StageTermUnit.CaseDeadline)
            return @case.IsSuspended ? null : DeadlineDue(@case, deadlines);
        if (unit is StageTermUnit.Hours or StageTermUnit.SameDay)
            return Shift(deadlines, StageTerms.DueAt(deadlines, startedAt, @case.LegalDeadline, TermValue, unit), endOfDay: unit == StageTermUnit.SameDay);
        var term = unit == StageTermUnit.WorkingDays ? DeadlineTerm.WorkingDays(TermValue) : DeadlineTerm.CalendarDays(TermValue);
        var counted = deadlines.Clock(startedAt, term, @case.SuspensionIntervals).Deadline;
        return counted is null ? null : deadlines.EndOfDay(deadlines.Calendar.Shift(counted.LastDay, OffsetWorkingDays));
    }

    private DateTimeOffset DeadlineDue(Case @case, DeadlineCalculator deadlines) =>
        OffsetWorkingDays == 0 ? @case.LegalDeadline : Shift(deadlines, @case.LegalDeadline, endOfDay: true);

    private DateTimeOffset SilentConsentDue(Case @case, DeadlineCalculator deadlines)
    {
        var from = deadlines.SilentConsentFrom(LastDay(@case, deadlines));
        return deadlines.StartOfDay(deadlines.Calendar.Shift(from, OffsetWorkingDays));
    }

    private DateTimeOffset Shift(DeadlineCalculator deadlines, DateTimeOffset instant, bool endOfDay)
    {
        if (OffsetWorkingDays == 0)
            return instant;
        var day = deadlines.LocalDate(endOfDay ? instant.AddTicks(-1) : instant);
        var shifted = deadlines.Calendar.Shift(day, OffsetWorkingDays);
        return endOfDay ? deadlines.EndOfDay(shifted) : deadlines.StartOfDay(shifted) + (instant - deadlines.StartOfDay(day));
    }

    /// <summary>The last day of the case's term (its deadline is the end of that day, or an hour within it).</summary>
    internal static DateOnly LastDay(Case @case, DeadlineCalculator deadlines) => deadlines.LocalDate(@case.LegalDeadline.AddTicks(-1));

    private static string StartedAtVariable(ActivityContext context) => $"cnap:{context.Node.Id}:startedAt";
}
