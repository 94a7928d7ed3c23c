using Cnap.Activities.Cases;
using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Workflows.Activities;
using Microsoft.Extensions.Options;

namespace Cnap.Activities.Issuance;

/// <summary>
/// Waits for the hand-over at the counter. One bookmark serves both ways out: the issuance command wakes it by
/// stimulus, and its due time (the end of the storage period) lets the timer sweeper wake it.
/// </summary>
[Activity("Cnap.IssueResult", Category = "ЦНАП", Texts = typeof(CnapActivityTexts), Kind = ActivityKind.Task)]
[Outcomes(Issued, Unclaimed, RequireConnections = true)]
public sealed class IssueResult(ICaseWorkspace cases, IOptions<CnapActivityOptions> options, TimeProvider clock) : Activity
{
    public const string Issued = "Issued";
    public const string Unclaimed = "Unclaimed";

    [Input(Order = 1)]
    public int? StorageMonths { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var @case = await context.CaseAsync(cases, clock);
        return Next(@case) ?? Wait(context, @case);
    }

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        var @case = await context.CaseAsync(cases, clock);
        if (Next(@case) is { } next)
            return next;
        if (clock.Now() < StorageEnds(@case))
            return Wait(context, @case);
        @case.MarkUnclaimed(clock, Actor.Workflow);
        return ActivityResult.Done(Unclaimed);
    }

    /// <summary>
    /// Issued already: go on. A case closed without anything to hand over (deemed granted by silent consent, withdrawn)
    /// completes at once along neither outcome, and the card ends there.
    /// </summary>
    private static ActivityResult? Next(Case @case) => @case.Status switch
    {
        CaseStatus.Issued => ActivityResult.Done(Issued),
        CaseStatus.Unclaimed => ActivityResult.Done(Unclaimed),
        CaseStatus.ReadyForIssue => null,
        _ when @case.IsClosed => ActivityResult.WithOutcomes([]),
        _ => throw new DomainException($"Case {@case.JournalNumber} is {@case.Status}: there is no result to hand over yet."),
    };

    private ActivityResult Wait(ActivityContext context, Case @case)
    {
        var until = StorageEnds(@case);
        context.JournalText = $"зберігається до {until:u}";
        return ActivityResult.Suspend(new BookmarkRequest(CaseStimuli.ResultHandedOver, CaseStimuli.CasePayload(@case.Id), "handed-over-or-unclaimed", DueAt: until.ToUniversalTime()));
    }

    private DateTimeOffset StorageEnds(Case @case)
    {
        var months = StorageMonths ?? options.Value.UnclaimedStorageMonths;
        if (months < 1)
            throw new DomainException($"The storage period of results must be at least one month (got {months}).");
        return (@case.Decision?.DecidedAt ?? clock.Now()).AddMonths(months);
    }
}
