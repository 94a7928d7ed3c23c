namespace Cnap.Host.Cases.Access;

/// <summary>What decides who may see a case: where it is, who holds a task on it, who applied.</summary>
public sealed record CaseFacts(
    Guid CaseId,
    Guid CentreId,
    Guid RegionId,
    string? ApplicantTaxNumber,
    string? ApplicantEmail,
    string? ApplicantPhone,
    IReadOnlyList<TaskFacts> Tasks);

public sealed record TaskFacts(Guid TaskId, Guid ProviderId, Guid? UnitId);
