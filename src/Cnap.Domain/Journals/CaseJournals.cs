using Cnap.Domain.Cases;
using Cnap.Domain.Identification;

namespace Cnap.Domain.Journals;

/// <summary>
/// The three journals as queries over cases, so any LINQ provider can run them in the database; only the last step
/// (masking names, formatting numbers) runs in memory.
/// </summary>
public static class CaseJournals
{
    public static IQueryable<Case> Select(IQueryable<Case> cases, JournalKind journal, Guid centreId, JournalPeriod period)
    {
        var (from, until) = (period.From, period.Until);
        var ofCentre = cases.Where(c => c.CentreId == centreId);
        return journal switch
        {
            JournalKind.Registration => ofCentre
                .Where(c => c.RegisteredAt >= from && c.RegisteredAt < until)
                .OrderBy(c => c.JournalNumber.Year).ThenBy(c => c.JournalNumber.Sequence),
            JournalKind.ResultsReceived => ofCentre
                .Where(c => c.Decision != null && c.Decision.DecidedAt >= from && c.Decision.DecidedAt < until)
                .OrderBy(c => c.Decision!.DecidedAt),
            JournalKind.ResultsIssued => ofCentre
                .Where(c => c.Issuance != null && c.Issuance.IssuedAt >= from && c.Issuance.IssuedAt < until)
                .OrderBy(c => c.Issuance!.IssuedAt),
            _ => throw new ArgumentOutOfRangeException(nameof(journal)),
        };
    }

    public static JournalEntry ToEntry(this Case c, JournalKind journal) => new(
        journal,
        c.Id,
        c.JournalNumber.ToString(),
        c.JournalNumber.Sequence,
        journal switch
        {
            JournalKind.Registration => c.RegisteredAt,
            JournalKind.ResultsReceived => c.Decision?.DecidedAt ?? throw new DomainException($"Case {c.JournalNumber} has no decision yet."),
            _ => c.Issuance?.IssuedAt ?? throw new DomainException($"Case {c.JournalNumber} has not been issued."),
        },
        c.Applicant.MaskedName,
        c.ServiceId,
        c.ProviderId,
        c.Status,
        c.LegalDeadline,
        c.Decision?.Outcome,
        journal == JournalKind.ResultsIssued ? MaskReceiver(c.Issuance!.ReceivedBy) : null);

    private static string MaskReceiver(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? new PersonName(parts[0], parts[1], parts.Length > 2 ? parts[2] : null).Initials : name;
    }
}
