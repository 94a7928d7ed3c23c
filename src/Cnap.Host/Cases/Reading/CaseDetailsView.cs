using Cnap.Host.Cases.Tasks.Reading;

namespace Cnap.Host.Cases.Reading;

/// <summary>A case as staff see it; enums travel as their names.</summary>
public sealed record CaseDetailsView(
    Guid Id,
    string Number,
    string TrackingCode,
    string Status,
    string StatusText,
    Reference Service,
    string Variant,
    Reference Centre,
    Reference Provider,
    string Channel,
    ApplicantView Applicant,
    DateTimeOffset RegisteredAt,
    string RegisteredBy,
    DateTimeOffset LegalDeadline,
    bool IsOverdue,
    bool IsSuspended,
    IReadOnlyList<DocumentView> Documents,
    InventoryView Inventory,
    IReadOnlyList<SuspensionView> Suspensions,
    DecisionView? Decision,
    IssuanceView? Issuance,
    IReadOnlyList<TaskView> Tasks,
    WorkflowView? Workflow,
    IReadOnlyList<TimelineItem> Timeline);

public sealed record Reference(Guid Id, string Code, string Name);

public sealed record ApplicantView(string Kind, string Name, string? TaxNumber, string? Edrpou, string? Phone, string? Email, string? Address, string? Representative);

public sealed record DocumentView(Guid Id, string Title, string Form, int Sheets, int Copies, string Origin, DateTimeOffset AddedAt, bool Scanned);

public sealed record InventoryView(DateTimeOffset ReceivedAt, int TotalSheets, string Hash, bool IsIntact, DateTimeOffset? PrintedAt, string ResultDelivery);

public sealed record SuspensionView(string Request, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? Resolution);

public sealed record DecisionView(
    string Outcome, DateTimeOffset DecidedAt, string DecidedBy, string? GroundCode, string? Ground, string? LegalReference,
    string? Reasons, string? AppealInformation, string? ResultDocument, string? ResultNumber, DateTimeOffset? SentAt);

public sealed record IssuanceView(DateTimeOffset IssuedAt, string Method, string ReceivedBy, string IssuedBy);

public sealed record WorkflowView(string InstanceId, string DefinitionId, int Version, string Status);

/// <summary>One line of the merged history: the case's own events, its tasks, and the steps of its card.</summary>
public sealed record TimelineItem(DateTimeOffset At, string Source, string Event, string? Status, string? Actor, string? Details);
