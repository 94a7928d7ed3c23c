using Cnap.Domain.Cases;
using Cnap.Host.Organisations.Centres;

namespace Cnap.Host.Cases.Tracking;

/// <summary>
/// What anyone holding the tracking code may see of a case: the service, where it stands and what comes next — never who
/// applied, what they wrote, or who worked on it.
/// </summary>
public sealed record CaseTracking(
    string TrackingCode,
    string ServiceCode,
    string ServiceName,
    CaseStatus Status,
    string? StatusLabel,
    DateTimeOffset RegisteredAt,
    DateOnly DueOn,
    bool IsOverdue,
    DateTimeOffset? PausedSince,
    IReadOnlyList<PastStep> PastSteps,
    IReadOnlyList<ExpectedStep> NextSteps,
    ResultDelivery Delivery,
    CentreSummary Centre)
{
    public bool IsClosed => CaseTransitions.IsFinal(Status);
}

/// <summary>A step already taken: a case event, or a stage of the card that started (<see cref="Stage"/> set) or ended.</summary>
public sealed record PastStep(DateTimeOffset At, string Kind, string? Stage);

/// <summary>A step still to come with the last day it is expected by; <see cref="Stage"/> null means the result itself.</summary>
public sealed record ExpectedStep(string? Stage, DateOnly By, bool InProgress);
