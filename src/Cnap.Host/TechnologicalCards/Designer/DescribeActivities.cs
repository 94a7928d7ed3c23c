using Cnap.Workflows.Descriptors;
using Mediator;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>Every activity type as the designer's picker and property panel need it, dropdowns filled from the real providers, units and grounds.</summary>
public sealed record DescribeActivities : IQuery<IReadOnlyList<ActivityDescriptor>>;

public sealed class DescribeActivitiesHandler(ActivityRegistry registry, IServiceProvider services) : IQueryHandler<DescribeActivities, IReadOnlyList<ActivityDescriptor>>
{
    public async ValueTask<IReadOnlyList<ActivityDescriptor>> Handle(DescribeActivities query, CancellationToken cancellationToken) =>
        await registry.DescribeAllAsync(services, cancellationToken);
}
