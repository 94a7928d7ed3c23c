using Cnap.Activities.Cases;
using Cnap.Activities.Notifications;
using Cnap.Domain;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Workflows.Activities;
using Microsoft.Extensions.Options;

namespace Cnap.Activities.Clarification;

/// <summary>
/// Leaves the application without motion. One bookmark serves both ways out: the clarification command wakes it by
/// stimulus, and its due time (the applicant's term) lets the timer sweeper wake it; the case then says which happened.
/// </summary>
[Activity("Cnap.RequestClarification", Category = "ЦНАП", Texts = typeof(CnapActivityTexts), Kind = ActivityKind.Task)]
[Outcomes(Provided, Expired, RequireConnections = true)]
public sealed class RequestClarification(
    ICaseWorkspace cases, ICaseNotifier notifier, IWorkingCalendarSource calendars, IOptions<CnapActivityOptions> options, TimeProvider clock) : Activity
{
    public const string Provided = "Provided";
    public const string Expired = "Expired";

    [Input(UIHint = UiHints.MultiLine, DefaultSyntax = "Liquid", Required = true, Order = 1)]
    public string? Request { get; set; }

    [Input(Order = 2)]
    public int? TermValue { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var ct = context.CancellationToken;
        var @case = await context.CaseAsync(cases, clock);
        var service = await cases.ServiceAsync(@case.ServiceId, ct);
        var days = TermValue ?? options.Value.ClarificationWorkingDays;
        if (days < 1)
            throw new DomainException($"Activity {context.Node.Id}: the applicant needs at least one working day to clarify (got {days}).");
        @case.RequestClarification(service, string.IsNullOrWhiteSpace(Request) ? "Потрібні уточнення до заяви." : Request, clock, Actor.Workflow);
        await notifier.NotifyAsync(@case, NotificationChannel.Sms, NotificationEvent.ClarificationRequested, ct);
        await notifier.NotifyAsync(@case, NotificationChannel.Email, NotificationEvent.ClarificationRequested, ct);

        var deadlines = await calendars.ForProviderAsync(@case.ProviderId, ct);
        var until = deadlines.Compute(clock.Now(), DeadlineTerm.WorkingDays(days)).EndsAt;
        context.JournalText = $"до {until:u}";
        return ActivityResult.Suspend(new BookmarkRequest(
            CaseStimuli.ClarificationProvided, CaseStimuli.CasePayload(@case.Id), "answered-or-expired", DueAt: until.ToUniversalTime()));
    }

    public override async ValueTask<ActivityResult> ResumeAsync(ActivityContext context)
    {
        var @case = await context.CaseAsync(cases, clock);
        return @case.Status == CaseStatus.AwaitingClarification
            ? ActivityResult.Done(Expired)
            : ActivityResult.Done(Provided);
    }
}
