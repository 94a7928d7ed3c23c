using Cnap.Activities.Cases;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Catalogue.Api;
using Cnap.Host.Data;
using Cnap.Host.Organisations.Centres;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Tracking;

/// <summary>A case by its tracking code, as the public may see it (<see cref="CaseTracking"/>); null when no case has the code.</summary>
public sealed record TrackCase(TrackingCode Code) : IQuery<CaseTracking?>;

public sealed class TrackCaseHandler(
    CnapDbContext db, ServiceCardReader cards, CentreClock centres, IWorkingCalendarSource calendars, TimeProvider clock)
    : IQueryHandler<TrackCase, CaseTracking?>
{
    /// <summary>Events a citizen recognises; printing, workflow start and bookkeeping stay out.</summary>
    private static readonly HashSet<CaseEvent> Shown =
    [
        CaseEvent.Registered, CaseEvent.SentToProvider, CaseEvent.ClarificationRequested, CaseEvent.ClarificationProvided,
        CaseEvent.Granted, CaseEvent.Refused, CaseEvent.DeemedGrantedBySilentConsent, CaseEvent.DecisionSent, CaseEvent.Issued,
        CaseEvent.Unclaimed, CaseEvent.Withdrawn, CaseEvent.Cancelled,
    ];

    public async ValueTask<CaseTracking?> Handle(TrackCase query, CancellationToken cancellationToken)
    {
        var @case = await db.Set<Case>().AsNoTracking().FirstOrDefaultAsync(c => c.TrackingCode == query.Code, cancellationToken);
        if (@case is null)
            return null;
        var service = await db.Set<AdministrativeService>().AsNoTracking().FirstAsync(s => s.Id == @case.ServiceId, cancellationToken);
        var centre = await db.Set<ServiceCentre>().AsNoTracking().FirstAsync(c => c.Id == @case.CentreId, cancellationToken);
        var tasks = await db.Set<ProviderTask>().AsNoTracking().Where(t => t.CaseId == @case.Id && t.Status != ProviderTaskStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var deadlines = await calendars.ForProviderAsync(@case.ProviderId, cancellationToken);
        var now = clock.GetUtcNow();
        var stages = @case.IsClosed || @case.IsSuspended ? [] : await StagesAsync(service.Code, cancellationToken);

        return new CaseTracking(
            @case.TrackingCode.ToString(), service.Code, service.Name, @case.Status, @case.StatusText ?? service.LabelFor(@case.Status),
            @case.RegisteredAt, ExpectedSteps.LastDay(deadlines, @case.LegalDeadline), @case.IsOverdueAt(now),
            @case.Suspensions.FirstOrDefault(s => s.IsOpen)?.StartedAt,
            PastSteps(@case, tasks), ExpectedSteps.Project(@case, tasks, stages, deadlines, now),
            @case.Inventory.ResultDelivery, CentreSummary.Of(centre, await centres.TodayAsync(centre, cancellationToken)));
    }

    private static List<PastStep> PastSteps(Case @case, IEnumerable<ProviderTask> tasks)
    {
        // Each stage sent logs its own "sent to provider"; the stages themselves say that, so it is told once.
        var steps = @case.Timeline.Where(e => Shown.Contains(e.Event))
            .Where(e => e.Event != CaseEvent.SentToProvider || @case.Timeline.First(x => x.Event == CaseEvent.SentToProvider) == e)
            .Select(e => new PastStep(e.At, e.Event.ToString(), null)).ToList();
        foreach (var task in tasks)
        {
            steps.Add(new PastStep(task.AssignedAt, "StageStarted", task.Stage));
            if (task.Decision is { } decision)
                steps.Add(new PastStep(decision.DecidedAt, "StageDone", task.Stage));
        }
        return [.. steps.OrderBy(s => s.At)];
    }

    /// <summary>The stages of the service's published card with their terms, as the catalogue reads them.</summary>
    private async Task<IReadOnlyList<ExpectedSteps.CardStage>> StagesAsync(string serviceCode, CancellationToken cancellationToken) =>
        (await cards.ReadAsync(serviceCode, cancellationToken))?.TechnologicalCard?.Stages
            .Select(s => new ExpectedSteps.CardStage(s.Name, Term(s.Term)))
            .ToList() ?? [];

    private static DeadlineTerm? Term(TermResponse? term) =>
        term is not null && Enum.TryParse<CountingUnit>(term.Unit, ignoreCase: true, out var unit) ? new DeadlineTerm(term.Value, unit) : null;
}
