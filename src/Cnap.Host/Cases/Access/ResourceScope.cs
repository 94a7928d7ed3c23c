using Cnap.Host.Access;
using System.Security.Claims;
using Cnap.Host.Audit;

namespace Cnap.Host.Cases.Access;

/// <summary>
/// The one way routes and commands reach a case, a task or a document. Null means "not found" to the caller, whether
/// the resource is missing or outside their scope: say 404 either way, never 403, so existence does not leak.
/// A staff look is written to the audit trail.
/// </summary>
public sealed class ResourceScope(ICaseFacts facts, IAuditTrail audit)
{
    public async Task<CaseAccess?> CaseAsync(ClaimsPrincipal user, Guid caseId, string purpose, CancellationToken cancellationToken) =>
        await GrantAsync(user, await facts.ForCaseAsync(caseId, cancellationToken), purpose, "case", caseId, cancellationToken);

    /// <summary>Only the centre, the region and the provider holding the task reach a task; the applicant does not.</summary>
    public async Task<CaseAccess?> TaskAsync(ClaimsPrincipal user, Guid taskId, string purpose, CancellationToken cancellationToken)
    {
        var found = await facts.ForTaskAsync(taskId, cancellationToken);
        if (found is null || CaseVisibility.Decide(Caller.From(user), found) is not { } access)
            return null;
        if (access.Reach == CaseReach.Applicant || (access.Reach == CaseReach.Task && !access.Tasks.Contains(taskId)))
            return null;
        await RecordAsync(user, access, purpose, "task", taskId, cancellationToken);
        return access;
    }

    public async Task<CaseAccess?> DocumentAsync(ClaimsPrincipal user, Guid documentId, string purpose, CancellationToken cancellationToken) =>
        await GrantAsync(user, await facts.ForDocumentAsync(documentId, cancellationToken), purpose, "document", documentId, cancellationToken);

    private async Task<CaseAccess?> GrantAsync(
        ClaimsPrincipal user, CaseFacts? found, string purpose, string kind, Guid id, CancellationToken cancellationToken)
    {
        if (found is null || CaseVisibility.Decide(Caller.From(user), found) is not { } access)
            return null;
        await RecordAsync(user, access, purpose, kind, id, cancellationToken);
        return access;
    }

    private Task RecordAsync(ClaimsPrincipal user, CaseAccess access, string purpose, string kind, Guid id, CancellationToken cancellationToken) =>
        access.IsStaff
            ? audit.RecordAsync(new AuditRecord(purpose, access.CaseId, access.CentreId, kind, id.ToString()), user, cancellationToken)
            : Task.CompletedTask;
}
