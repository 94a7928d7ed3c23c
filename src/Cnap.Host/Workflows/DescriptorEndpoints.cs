using Cnap.Workflows.Descriptors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cnap.Host.Workflows;

internal static class DescriptorEndpoints
{
    public static async Task<Ok<ListResponse<ActivityDescriptor>>> ListAsync(ActivityRegistry registry, IServiceProvider services, CancellationToken cancellationToken)
    {
        var descriptors = await registry.DescribeAllAsync(services, cancellationToken);
        return TypedResults.Ok(new ListResponse<ActivityDescriptor>(descriptors, descriptors.Count));
    }
}

/// <summary>Elsa's list shape: <c>{items, count}</c>.</summary>
public sealed record ListResponse<T>(IReadOnlyList<T> Items, int Count);
