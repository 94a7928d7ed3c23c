using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Reading;

/// <summary>
/// Cases of one or more centres, newest first, filtered by status, service and overdue. Applicants are masked, as in
/// every list. <see cref="Centres"/> null means every centre (system scope); empty means none.
/// </summary>
public sealed record ListCases(
    IReadOnlyCollection<Guid>? Centres, CaseStatus? Status, Guid? ServiceId, bool? Overdue, int Page = 1, int PageSize = 50)
    : IQuery<CasePage>;

public sealed record CasePage(IReadOnlyList<CaseListItem> Items, int Total, int Page, int PageSize);

public sealed record CaseListItem(
    Guid Id, string Number, string TrackingCode, string Status, string StatusText, Guid CentreId, Guid ServiceId, string Service,
    string Applicant, DateTimeOffset RegisteredAt, DateTimeOffset LegalDeadline, bool IsOverdue);

public sealed class ListCasesHandler(CnapDbContext db, TimeProvider clock) : IQueryHandler<ListCases, CasePage>
{
    public async ValueTask<CasePage> Handle(ListCases query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cases = db.Set<Case>().AsNoTracking();
        if (query.Centres is { } centres)
            cases = cases.Where(c => centres.Contains(c.CentreId));
        if (query.Status is { } status)
            cases = cases.Where(c => c.Status == status);
        if (query.ServiceId is { } serviceId)
            cases = cases.Where(c => c.ServiceId == serviceId);
        // Overdue: the provider still owes the answer after the deadline (Case.IsOverdueAt, as a query).
        if (query.Overdue == true)
            cases = cases.Where(c => c.Status == CaseStatus.InReview && c.LegalDeadline < now);
        else if (query.Overdue == false)
            cases = cases.Where(c => c.Status != CaseStatus.InReview || c.LegalDeadline >= now);

        var total = await cases.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        var page = Math.Clamp(query.Page, 1, Cnap.Host.Cases.Api.RequestReader.MaxPage);
        var items = await cases.OrderByDescending(c => c.RegisteredAt).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var serviceIds = items.Select(c => c.ServiceId).Distinct().ToList();
        var services = await db.Set<AdministrativeService>().AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        return new CasePage(
            items.Select(c => new CaseListItem(
                c.Id, c.JournalNumber.ToString(), c.TrackingCode.ToString(), c.Status.ToString(),
                c.DisplayStatus(services[c.ServiceId]) ?? Workflow.CaseStatusNames.Of(c.Status), c.CentreId, c.ServiceId,
                services[c.ServiceId].Name, c.Applicant.MaskedName, c.RegisteredAt, c.LegalDeadline, c.IsOverdueAt(now))).ToList(),
            total, page, pageSize);
    }
}
