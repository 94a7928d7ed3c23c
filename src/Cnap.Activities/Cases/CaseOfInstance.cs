using Cnap.Domain;
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
}
