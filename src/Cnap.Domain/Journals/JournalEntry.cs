using Cnap.Domain.Cases;

namespace Cnap.Domain.Journals;

/// <summary>
/// One line of a journal: the case, when the journalled event happened, and what the journal prints about it.
/// The applicant appears masked, as in every list.
/// </summary>
public sealed record JournalEntry(
    JournalKind Journal,
    Guid CaseId,
    string CaseNumber,
    int Sequence,
    DateTimeOffset At,
    string Applicant,
    Guid ServiceId,
    Guid ProviderId,
    CaseStatus Status,
    DateTimeOffset LegalDeadline,
    DecisionOutcome? Outcome,
    string? ReceivedBy);
