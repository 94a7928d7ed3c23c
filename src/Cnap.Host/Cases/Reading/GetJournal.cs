using Cnap.Domain.Cases;
using Cnap.Domain.Journals;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Reading;

/// <summary>A page of one of the centre's journals (registration, results received, results issued) over whole days.</summary>
public sealed record GetJournal(JournalKind Journal, Guid CentreId, JournalPeriod Period) : IQuery<IReadOnlyList<JournalLine>>;

/// <summary>A journal line as printed: the applicant masked, enums by name.</summary>
public sealed record JournalLine(
    Guid CaseId, string Number, int Sequence, DateTimeOffset At, string Applicant, Guid ServiceId, Guid ProviderId, string Status,
    DateTimeOffset LegalDeadline, string? Outcome, string? ReceivedBy);

public sealed class GetJournalHandler(CnapDbContext db) : IQueryHandler<GetJournal, IReadOnlyList<JournalLine>>
{
    public async ValueTask<IReadOnlyList<JournalLine>> Handle(GetJournal query, CancellationToken cancellationToken)
    {
        var cases = await CaseJournals.Select(db.Set<Case>().AsNoTracking(), query.Journal, query.CentreId, query.Period).ToListAsync(cancellationToken);
        return cases.Select(c => c.ToEntry(query.Journal)).Select(e => new JournalLine(
            e.CaseId, e.CaseNumber, e.Sequence, e.At, e.Applicant, e.ServiceId, e.ProviderId, e.Status.ToString(), e.LegalDeadline,
            e.Outcome?.ToString(), e.ReceivedBy)).ToList();
    }
}
