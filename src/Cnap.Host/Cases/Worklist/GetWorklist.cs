using Cnap.Activities.Cases;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Components;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Worklist;

/// <summary>
/// A page of the centre's worklist: filtered, sorted and paged in the database, applicants masked, each line with its
/// current stage and SLA. <see cref="Centres"/> null means every centre; <see cref="UserId"/> is whose «Мої» view it is.
/// </summary>
public sealed record GetWorklist(IReadOnlyCollection<Guid>? Centres, string? UserId, WorklistFilter Filter) : IQuery<WorklistRows>;

public sealed record WorklistRows(IReadOnlyList<WorklistLine> Items, int Total, int Page, int PageSize);

public sealed record WorklistLine(
    Guid Id, string Number, string TrackingCode, CaseStatus Status, string StatusText, string Service, string Applicant, string? Stage,
    string Provider, string? Assignee, DateTimeOffset RegisteredAt, DateTimeOffset LegalDeadline, Sla Sla);

public sealed class GetWorklistHandler(CnapDbContext db, IWorkingCalendarSource calendars, TimeProvider clock)
    : IQueryHandler<GetWorklist, WorklistRows>
{
    private static readonly ProviderTaskStatus[] OpenTasks = [ProviderTaskStatus.Assigned, ProviderTaskStatus.InProgress];

    public async ValueTask<WorklistRows> Handle(GetWorklist query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var filter = query.Filter;
        var services = await db.Set<AdministrativeService>().AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        var cases = Filtered(db.Set<Case>().AsNoTracking(), query, now, services.Values.Select(s => (s.Id, s.Name)));

        var total = await cases.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(filter.PageSize, 1, 100);
        var page = Math.Max(filter.Page, 1);
        var rows = await Sorted(cases, filter).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new
            {
                c.Id, c.JournalNumber, c.TrackingCode, c.Status, c.StatusText, c.ServiceId, c.ProviderId, c.RegisteredAt, c.LegalDeadline,
                c.Applicant.Kind, c.Applicant.PersonName, c.Applicant.OrganisationName,
            })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var tasks = await db.Set<ProviderTask>().AsNoTracking().Where(t => ids.Contains(t.CaseId) && OpenTasks.Contains(t.Status))
            .Select(t => new { t.CaseId, t.Stage, t.ProviderId, t.UnitId, t.DueAt }).ToListAsync(cancellationToken);
        var current = tasks.GroupBy(t => t.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.DueAt).First());
        var providerIds = rows.Select(r => r.ProviderId).Concat(tasks.Select(t => t.ProviderId)).Distinct().ToList();
        var providers = await db.Set<Provider>().AsNoTracking().Where(p => providerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var unitIds = tasks.Where(t => t.UnitId != null).Select(t => t.UnitId!.Value).Distinct().ToList();
        var units = await db.Set<ProviderUnit>().AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        var lines = new List<WorklistLine>(rows.Count);
        foreach (var r in rows)
        {
            var calendar = (await calendars.ForProviderAsync(r.ProviderId, cancellationToken)).Calendar;
            var sla = Sla.For(now, r.LegalDeadline, running: r.Status is CaseStatus.Registered or CaseStatus.InReview,
                paused: r.Status == CaseStatus.AwaitingClarification, calendar);
            var service = services[r.ServiceId];
            var task = current.GetValueOrDefault(r.Id);
            var applicant = r.Kind == ApplicantKind.Person ? r.PersonName!.Initials : r.OrganisationName!;
            lines.Add(new WorklistLine(
                r.Id, r.JournalNumber.ToString(), r.TrackingCode.ToString(), r.Status,
                r.StatusText ?? service.LabelFor(r.Status) ?? Workflow.CaseStatusNames.Uk(r.Status),
                service.Name, applicant, task?.Stage, providers.GetValueOrDefault(r.ProviderId) ?? "",
                task is null ? null : task.UnitId is { } unit ? units.GetValueOrDefault(unit) : providers.GetValueOrDefault(task.ProviderId),
                r.RegisteredAt, r.LegalDeadline, sla));
        }
        return new WorklistRows(lines, total, page, pageSize);
    }

    private static IQueryable<Case> Filtered(IQueryable<Case> cases, GetWorklist query, DateTimeOffset now, IEnumerable<(Guid Id, string Name)> services)
    {
        var filter = query.Filter;
        if (query.Centres is { } centres)
            cases = cases.Where(c => centres.Contains(c.CentreId));
        switch (filter.View)
        {
            case WorklistView.Mine:
                var me = query.UserId ?? "";
                cases = cases.Where(c => c.RegisteredBy.Id == me);
                break;
            case WorklistView.Overdue:
                cases = cases.Where(c => c.Status == CaseStatus.InReview && c.LegalDeadline < now);
                break;
            case WorklistView.AwaitingIssue:
                cases = cases.Where(c => c.Status == CaseStatus.ReadyForIssue);
                break;
        }
        if (filter.Status is { } status)
            cases = cases.Where(c => c.Status == status);
        if (filter.ServiceId is { } serviceId)
            cases = cases.Where(c => c.ServiceId == serviceId);
        if (filter.ProviderId is { } providerId)
            cases = cases.Where(c => c.ProviderId == providerId);
        // Overdue as Case.IsOverdueAt says it: the provider still owes the answer after the deadline.
        if (filter.Overdue == true)
            cases = cases.Where(c => c.Status == CaseStatus.InReview && c.LegalDeadline < now);
        else if (filter.Overdue == false)
            cases = cases.Where(c => c.Status != CaseStatus.InReview || c.LegalDeadline >= now);
        if (filter.From is { } from)
        {
            var start = KyivMidnight(from);
            cases = cases.Where(c => c.RegisteredAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = KyivMidnight(to.AddDays(1));
            cases = cases.Where(c => c.RegisteredAt < end);
        }
        if (!string.IsNullOrWhiteSpace(filter.Text))
            cases = ByText(cases, filter.Text.Trim(), services);
        return cases;
    }

    /// <summary>A tracking code (typed or scanned), a journal sequence number, or part of a service's name.</summary>
    private static IQueryable<Case> ByText(IQueryable<Case> cases, string text, IEnumerable<(Guid Id, string Name)> services)
    {
        if (TrackingCode.TryParse(text, out var code))
            return cases.Where(c => c.TrackingCode == code);
        var sequenceText = text.Contains('-', StringComparison.Ordinal) ? text[(text.LastIndexOf('-') + 1)..] : text;
        if (int.TryParse(sequenceText, out var sequence))
            return cases.Where(c => c.JournalNumber.Sequence == sequence);
        var matching = services.Where(s => s.Name.Contains(text, StringComparison.CurrentCultureIgnoreCase)).Select(s => s.Id).ToList();
        return cases.Where(c => matching.Contains(c.ServiceId));
    }

    private static IQueryable<Case> Sorted(IQueryable<Case> cases, WorklistFilter filter) => (filter.Sort, filter.Descending) switch
    {
        (WorklistSort.Deadline, false) => cases.OrderBy(c => c.LegalDeadline).ThenBy(c => c.Id),
        (WorklistSort.Deadline, true) => cases.OrderByDescending(c => c.LegalDeadline).ThenBy(c => c.Id),
        (WorklistSort.Number, false) => cases.OrderBy(c => c.JournalNumber.Year).ThenBy(c => c.JournalNumber.Sequence).ThenBy(c => c.Id),
        (WorklistSort.Number, true) => cases.OrderByDescending(c => c.JournalNumber.Year).ThenByDescending(c => c.JournalNumber.Sequence).ThenBy(c => c.Id),
        (WorklistSort.Status, false) => cases.OrderBy(c => c.Status).ThenByDescending(c => c.RegisteredAt),
        (WorklistSort.Status, true) => cases.OrderByDescending(c => c.Status).ThenByDescending(c => c.RegisteredAt),
        (_, false) => cases.OrderBy(c => c.RegisteredAt).ThenBy(c => c.Id),
        _ => cases.OrderByDescending(c => c.RegisteredAt).ThenBy(c => c.Id),
    };

    private static DateTimeOffset KyivMidnight(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Domain.Organisations.UkraineTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
