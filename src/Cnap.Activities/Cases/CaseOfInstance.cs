using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Workflows.Activities;

namespace Cnap.Activities.Cases;

/// <summary>A CNAP card runs for one case: the instance's correlation id is the case id.</summary>
public static class CaseOfInstance
{
    public static Guid CaseId(this ActivityContext context) =>
        Guid.TryParse(context.CorrelationId, out var id)
            ? id
            : throw new DomainException(
                $"Activity {context.Node.Id} ({context.Node.Type}) works on a case, but instance {context.InstanceId} " +
                $"is not correlated with one (correlation id «{context.CorrelationId}»).");

    /// <summary>
    /// The case of the instance. The first CNAP step of a card links the case to its run, so the case's history shows
    /// the card starting before anything the card does; a case already run by another instance is refused.
    /// </summary>
    public static async Task<Case> CaseAsync(this ActivityContext context, ICaseWorkspace cases, TimeProvider clock)
    {
        var @case = await cases.CaseAsync(context.CaseId(), context.CancellationToken);
        @case.AttachWorkflow(context.InstanceId, clock);
        return @case;
    }
}
