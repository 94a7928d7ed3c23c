using Cnap.Host.Access;
using Cnap.Host.Audit;
using Cnap.Host.Identity;
using Cnap.Workflows.Management;
using Microsoft.AspNetCore.Authorization;

namespace Cnap.Host.Cases.Access;

/// <summary>
/// A workflow instance at <c>/api/workflows/instances/{id}</c>. A case's card run carries the case id as its correlation
/// id, and its variables and journal can hold what the case holds, so: methodologists and system administrators reach
/// every instance; staff who see a case whole may also <em>read</em> its run. Any look at a case's run is audited as a
/// look at the case.
/// </summary>
public sealed record WorkflowInstanceRequirement(bool ReadOnly) : IAuthorizationRequirement;

internal sealed class WorkflowInstanceRequirementHandler : AuthorizationHandler<WorkflowInstanceRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, WorkflowInstanceRequirement requirement)
    {
        if (context.Resource is not HttpContext http || http.GetRouteValue("id") is not string instanceId || !context.User.Identity!.IsAuthenticated)
            return;
        var caller = Caller.From(context.User);
        var designs = caller.IsIn(CnapRoles.Methodologist) || caller.IsIn(CnapRoles.SystemAdmin);
        if (!designs && !requirement.ReadOnly)
            return;
        var services = http.RequestServices;
        var ct = http.RequestAborted;
        var correlation = (await services.GetRequiredService<InstanceQueries>().FindAsync(instanceId, ct))?.CorrelationId;
        var caseId = Guid.TryParse(correlation, out var id) ? id : (Guid?)null;
        var purpose = requirement.ReadOnly ? "workflow:instance" : "workflow:instance-change";
        if (designs)
        {
            if (caseId is { } designCase)
                await services.GetRequiredService<IAuditTrail>()
                    .RecordAsync(new AuditRecord(purpose, designCase, ResourceKind: "workflow-instance", ResourceId: instanceId), context.User, ct);
            context.Succeed(requirement);
            return;
        }
        if (caseId is { } staffCase
            && await services.GetRequiredService<ResourceScope>().CaseAsync(context.User, staffCase, purpose, ct) is { IsStaff: true, SeesWholeCase: true })
            context.Succeed(requirement);
    }
}
