using Cnap.Host.Cases.Access;
using System.Security.Claims;
using Cnap.Host.Access;
using Cnap.Host.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cnap.Host.Audit;

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this WebApplication app)
    {
        app.MapPost("/api/audit/verify", VerifyAsync)
            .RequireAuthorization(CnapPolicies.SystemAdmin)
            .RequireScope(ApiScopes.AuditRead)
            .WithTags("Audit")
            .WithSummary("Recomputes every audit chain now and reports the first broken entry");
        app.MapGet("/api/cases/{caseId:guid}/access-log", AccessLogAsync)
            .RequireAuthorization()
            .RequireScope(ApiScopes.CasesRead)
            .WithTags("Audit")
            .WithSummary("Who accessed this case: role, centre and time for the applicant; everything for heads");
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(AuditChainVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(cancellationToken));

    private static async Task<Results<Ok<AccessLogLine[]>, NotFound, ForbidHttpResult>> AccessLogAsync(
        Guid caseId, ClaimsPrincipal user, ResourceScope scope, AccessLog log, CancellationToken cancellationToken)
    {
        if (await scope.CaseAsync(user, caseId, "case.access-log", cancellationToken) is not { } access)
            return TypedResults.NotFound();
        var caller = Caller.From(user);
        if (access.Reach != CaseReach.Applicant && !CnapRoles.Heads.Any(caller.IsIn))
            return TypedResults.Forbid();
        return TypedResults.Ok(await log.ForCaseAsync(caseId, detailed: access.Reach != CaseReach.Applicant, cancellationToken));
    }
}
