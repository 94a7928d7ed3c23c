using Cnap.Host.Access;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Workflows;

/// <summary>The engine's REST API for the designer and integrators, under <c>/api/workflows</c>.</summary>
public static class WorkflowApi
{
    public static RouteGroupBuilder MapWorkflowApi(this IEndpointRouteBuilder app)
    {
        // Designing and running cards is the methodologists' (and the system administrator's) work; routes that take an
        // instance or bookmark id answer 404 to everyone else (a case's run is personal data), see InstanceEndpoints.
        var group = app.MapGroup("/api/workflows").WithTags("Workflows").OpenToAnonymousWhileApiIsOpen()
            .RequireScopes(ApiScopes.WorkflowsRead, ApiScopes.WorkflowsWrite);
        group.AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IOptions<WorkflowApiOptions>>().Value.Open
                ? await next(context)
                : TypedResults.NotFound());
        group.AddEndpointFilter(Problems.EngineNotFound).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/descriptors/activities", DescriptorEndpoints.ListAsync).WithSummary("Every activity type, described as Elsa's ActivityDescriptor")
            .RequireAuthorization(CnapPolicies.Methodologist);
        DefinitionEndpoints.Map(group.MapGroup("/definitions").RequireAuthorization(CnapPolicies.Methodologist));
        InstanceEndpoints.Map(group.MapGroup("/instances"));
        StimulusEndpoints.Map(group);
        return group;
    }
}
