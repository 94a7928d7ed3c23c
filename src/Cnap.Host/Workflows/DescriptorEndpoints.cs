using Cnap.Workflows.Descriptors;

namespace Cnap.Host.Workflows;

internal static class DescriptorEndpoints
{
    public static async Task<IResult> ListAsync(ActivityRegistry registry, IServiceProvider services, CancellationToken cancellationToken)
    {
        var descriptors = await registry.DescribeAllAsync(services, cancellationToken);
        return TypedResults.Ok(new ListResponse<ActivityDescriptor>(descriptors, descriptors.Count));
    }
}

/// <summary>Elsa's list shape: <c>{items, count}</c>.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, int Count);
