using Cnap.Host.Cases.Reading;

namespace Cnap.Host.Cases.Access;

/// <summary>
/// How much of a case a reader sees. A provider's people see what their tasks need (Law 2297-VI: no more personal data
/// than the purpose needs): the applicant's identity but not how to reach them, their own tasks, the case's status
/// history; not other providers' tasks and decisions, the card's steps (its texts are the notices sent), who collected
/// the result.
/// </summary>
public sealed record CaseReadScope(IReadOnlyCollection<Guid>? OnlyTasks)
{
    public static readonly CaseReadScope Whole = new((IReadOnlyCollection<Guid>?)null);

    public CaseDetailsView Shape(CaseDetailsView view) => OnlyTasks is not { } tasks
        ? view
        : view with
        {
            Applicant = view.Applicant with { Phone = null, Email = null, Address = null },
            Tasks = view.Tasks.Where(t => tasks.Contains(t.Id)).ToList(),
            Issuance = view.Issuance is { } issued ? issued with { ReceivedBy = "" } : null,
            Workflow = null,
            Timeline = view.Timeline.Where(i => i.Source == "case").ToList(),
        };
}
