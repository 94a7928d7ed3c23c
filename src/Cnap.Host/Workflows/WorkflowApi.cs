using Microsoft.Extensions.Options;

namespace Cnap.Host.Workflows;

/// <summary>The engine's REST API for the designer and integrators, under <c>/api/workflows</c>.</summary>
public static class WorkflowApi
{
    public static RouteGroupBuilder MapWorkflowApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows");
        group.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IOptions<WorkflowApiOptions>>().Value.Open
                ? await next(context)
                : TypedResults.NotFound());
        group.MapGet("/descriptors/activities", DescriptorEndpoints.ListAsync).WithSummary("Every activity type, described as Elsa's ActivityDescriptor");
        DefinitionEndpoints.Map(group.MapGroup("/definitions"));
        InstanceEndpoints.Map(group.MapGroup("/instances"));
        StimulusEndpoints.Map(group);
        return group;
    }
}
