namespace Cnap.Host.Cases.Tasks.Reading;

/// <summary>A task as an inbox or a case shows it.</summary>
public sealed record TaskView(
    Guid Id,
    Guid CaseId,
    string Stage,
    string Action,
    Guid ProviderId,
    string? Provider,
    Guid? UnitId,
    string? Unit,
    DateTimeOffset AssignedAt,
    DateTimeOffset DueAt,
    string Status,
    bool IsOverdue,
    TaskDecisionView? Decision,
    string? CancellationReason);

public sealed record TaskDecisionView(
    string Outcome, string? Comment, string? GroundCode, string? ResultDocument, IReadOnlyList<string> Attachments, DateTimeOffset DecidedAt, string DecidedBy);
