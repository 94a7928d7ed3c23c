using Cnap.Activities.Cases;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Cnap.Domain.Organisations;
using Cnap.Host.Components;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Tasks.Inbox;

/// <summary>
/// A provider's inbox: its tasks with the case each belongs to (number, service, applicant masked) and the SLA of the
/// task's own term. <see cref="Providers"/> null means every provider, empty none.
/// </summary>
public sealed record GetInbox(IReadOnlyCollection<Guid>? Providers, InboxFilter Filter) : IQuery<InboxRows>;

public sealed record InboxRows(IReadOnlyList<InboxLine> Items, int Total, int Page, int PageSize);

public sealed record InboxLine(
    Guid TaskId, Guid CaseId, string CaseNumber, string Service, string Applicant, string Stage, string Action, string Provider, string? Unit,
    DateTimeOffset AssignedAt, DateTimeOffset DueAt, ProviderTaskStatus Status, Sla Sla);

public sealed class GetInboxHandler(CnapDbContext db, IWorkingCalendarSource calendars, TimeProvider clock) : IQueryHandler<GetInbox, InboxRows>
{
    private static readonly ProviderTaskStatus[] Open = [ProviderTaskStatus.Assigned, ProviderTaskStatus.InProgress];

    public async ValueTask<InboxRows> Handle(GetInbox query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var filter = query.Filter;
        var tasks = db.Set<ProviderTask>().AsNoTracking();
        if (query.Providers is { } providers)
            tasks = tasks.Where(t => providers.Contains(t.ProviderId));
        tasks = filter.Status switch
        {
            InboxStatus.Open => tasks.Where(t => Open.Contains(t.Status)),
            InboxStatus.Decided => tasks.Where(t => t.Status == ProviderTaskStatus.Decided),
            _ => tasks,
        };
        if (filter.Overdue)
            tasks = tasks.Where(t => Open.Contains(t.Status) && t.DueAt < now);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            var sequence = int.TryParse(text.Contains('-', StringComparison.Ordinal) ? text[(text.LastIndexOf('-') + 1)..] : text, out var n) ? n : -1;
            var caseIds = db.Set<Case>().Where(c => c.JournalNumber.Sequence == sequence).Select(c => c.Id);
            tasks = tasks.Where(t => caseIds.Contains(t.CaseId) || t.Stage.Contains(text));
        }
        var total = await tasks.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(filter.PageSize, 1, 100);
        var page = Math.Max(filter.Page, 1);
        var rows = await (filter.Status == InboxStatus.Decided ? tasks.OrderByDescending(t => t.AssignedAt) : tasks.OrderBy(t => t.DueAt).ThenBy(t => t.AssignedAt))
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);

        var caseIdsOnPage = rows.Select(t => t.CaseId).Distinct().ToList();
        var cases = await db.Set<Case>().AsNoTracking().Where(c => caseIdsOnPage.Contains(c.Id))
            .Select(c => new { c.Id, c.JournalNumber, c.ServiceId, c.Applicant.Kind, c.Applicant.PersonName, c.Applicant.OrganisationName })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var serviceIds = cases.Values.Select(c => c.ServiceId).Distinct().ToList();
        var services = await db.Set<AdministrativeService>().AsNoTracking().Where(s => serviceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var providerIds = rows.Select(t => t.ProviderId).Distinct().ToList();
        var providerNames = await db.Set<Provider>().AsNoTracking().Where(p => providerIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var unitIds = rows.Where(t => t.UnitId != null).Select(t => t.UnitId!.Value).Distinct().ToList();
        var units = await db.Set<ProviderUnit>().AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        var lines = new List<InboxLine>(rows.Count);
        foreach (var t in rows)
        {
            var c = cases[t.CaseId];
            var calendar = (await calendars.ForProviderAsync(t.ProviderId, cancellationToken)).Calendar;
            lines.Add(new InboxLine(
                t.Id, t.CaseId, c.JournalNumber.ToString(), services.GetValueOrDefault(c.ServiceId) ?? "",
                c.Kind == ApplicantKind.Person ? c.PersonName!.Initials : c.OrganisationName!, t.Stage, t.Action.Letter().ToString(),
                providerNames.GetValueOrDefault(t.ProviderId) ?? "", t.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
                t.AssignedAt, t.DueAt, t.Status, Sla.For(now, t.DueAt, running: t.IsOpen, paused: false, calendar)));
        }
        return new InboxRows(lines, total, page, pageSize);
    }
}
