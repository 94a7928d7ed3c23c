using Cnap.Activities.Cases;
using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;
using Cnap.Host.Access;
using Cnap.Host.Cases;
using Cnap.Host.Cases.Tracking;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cabinet;

/// <summary>
/// A citizen's cases: those whose applicant has the tax number proven by e-identification, or the phone or e-mail the
/// citizen confirmed with a code — so a case registered at a counter appears once that contact is confirmed.
/// </summary>
public sealed record MyCases(Caller Citizen) : IQuery<IReadOnlyList<MyCaseRow>>;

public sealed record MyCaseRow(
    Guid Id, string TrackingCode, string ServiceName, CaseStatus Status, string? StatusLabel, DateTimeOffset RegisteredAt, DateOnly DueOn,
    NotificationConsent Notifications);

public sealed class MyCasesHandler(CnapDbContext db, IWorkingCalendarSource calendars) : IQueryHandler<MyCases, IReadOnlyList<MyCaseRow>>
{
    public async ValueTask<IReadOnlyList<MyCaseRow>> Handle(MyCases query, CancellationToken cancellationToken)
    {
        var mine = ApplicantMatch.Of(query.Citizen);
        if (mine.IsEmpty)
            return [];
        var (tax, phone, email) = mine;
        var cases = await db.Set<Case>().AsNoTracking()
            .Where(c => (tax != null && c.Applicant.TaxNumber == tax) || (phone != null && c.Applicant.Phone == phone) || (email != null && c.Applicant.Email == email))
            .OrderByDescending(c => c.RegisteredAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var serviceIds = cases.Select(c => c.ServiceId).Distinct().ToList();
        var services = await db.Set<AdministrativeService>().AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var rows = new List<MyCaseRow>(cases.Count);
        foreach (var @case in cases)
        {
            var deadlines = await calendars.ForProviderAsync(@case.ProviderId, cancellationToken);
            var service = services[@case.ServiceId];
            rows.Add(new MyCaseRow(@case.Id, @case.TrackingCode.ToString(), service.Name, @case.Status, @case.StatusText ?? service.LabelFor(@case.Status),
                @case.RegisteredAt, ExpectedSteps.LastDay(deadlines, @case.LegalDeadline), @case.Notifications));
        }
        return rows;
    }
}

/// <summary>The proven identifiers of a citizen, as the case's applicant stores them.</summary>
internal sealed record ApplicantMatch(TaxNumber? TaxNumber, PhoneNumber? Phone, EmailAddress? Email)
{
    public bool IsEmpty => TaxNumber is null && Phone is null && Email is null;

    public static ApplicantMatch Of(Caller caller) => new(
        Cnap.Domain.Identification.TaxNumber.TryParse(caller.TaxNumber, out var tax) ? tax : null,
        PhoneNumber.TryParse(caller.ConfirmedPhone, out var phone) ? phone : null,
        EmailAddress.TryParse(caller.ConfirmedEmail, out var email) ? email : null);
}
