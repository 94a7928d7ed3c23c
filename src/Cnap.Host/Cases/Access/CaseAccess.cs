namespace Cnap.Host.Cases.Access;

/// <summary>A granted look at one case; <see cref="Tasks"/> lists the tasks the caller may act on.</summary>
public sealed record CaseAccess(CaseFacts Case, CaseReach Reach, IReadOnlyList<Guid> Tasks)
{
    public Guid CaseId => Case.CaseId;

    public Guid CentreId => Case.CentreId;

    public bool IsStaff => Reach != CaseReach.Applicant;

    /// <summary>Provider officers see the task's documents but not the applicant's contacts or other tasks.</summary>
    public bool SeesWholeCase => Reach is CaseReach.System or CaseReach.Region or CaseReach.Centre or CaseReach.Applicant;
}
