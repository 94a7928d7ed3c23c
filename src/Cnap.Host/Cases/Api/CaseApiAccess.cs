using System.Security.Claims;
using Cnap.Domain.Cases;
using Cnap.Domain.Organisations;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Cases.Api;

/// <summary>
/// Who may do what through /api/cases and /api/tasks. While the access switch leaves the API open (Development, until
/// sign-in is required) every call passes and is recorded as the anonymous API actor; once it is on, the Access
/// rules decide (a case out of reach is "not found").
/// </summary>
public sealed class CaseApiAccess(IOptions<AccessOptions> options, ResourceScope scope, CnapDbContext db)
{
    public static readonly Actor AnonymousApi = new("api:anonymous", "API (без входу)");

    public bool IsOpen => options.Value.RequireAuthenticatedApi != true;

    public static Actor ActorOf(ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        return caller.UserId is { } id ? new Actor(id, caller.Name ?? id) : AnonymousApi;
    }

    /// <summary>Centre staff (or heads above them) act on a case: clarification, issuance, closing, reading it whole.</summary>
    public async Task<bool> MayActOnCaseAsync(ClaimsPrincipal user, Guid caseId, string purpose, CancellationToken cancellationToken) =>
        IsOpen || await scope.CaseAsync(user, caseId, purpose, cancellationToken) is { SeesWholeCase: true, IsStaff: true };

    public async Task<bool> MayReadCaseAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken) =>
        IsOpen || await scope.CaseAsync(user, caseId, "case:read", cancellationToken) is { IsStaff: true };

    /// <summary>Only the provider's people decide its tasks.</summary>
    public async Task<bool> MayDecideTaskAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken)
    {
        if (IsOpen)
            return true;
        var caller = Caller.From(user);
        return (caller.IsIn(CnapRoles.ProviderOfficer) || caller.IsIn(CnapRoles.ProviderHead) || caller.IsIn(CnapRoles.SystemAdmin))
            && await scope.TaskAsync(user, taskId, "task:decide", cancellationToken) is not null;
    }

    public bool MayRegisterAt(ClaimsPrincipal user, Guid centreId)
    {
        if (IsOpen)
            return true;
        var caller = Caller.From(user);
        return caller.IsIn(CnapRoles.SystemAdmin)
            || ((caller.IsIn(CnapRoles.Administrator) || caller.IsIn(CnapRoles.CentreHead)) && caller.Centres.Contains(centreId));
    }

    /// <summary>The centres whose cases the caller may list: null for all, empty for none.</summary>
    public async Task<IReadOnlyCollection<Guid>?> CentresAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (IsOpen)
            return null;
        var caller = Caller.From(user);
        if (caller.IsIn(CnapRoles.SystemAdmin))
            return null;
        var centres = new HashSet<Guid>(caller.IsIn(CnapRoles.CentreHead) || caller.IsIn(CnapRoles.Administrator) ? caller.Centres : []);
        if (caller.IsIn(CnapRoles.RegionalHead) && caller.Regions.Count > 0)
        {
            var regions = caller.Regions.ToList();
            centres.UnionWith(await db.Set<ServiceCentre>().AsNoTracking().Where(c => regions.Contains(c.RegionId)).Select(c => c.Id).ToListAsync(cancellationToken));
        }
        return centres;
    }

    /// <summary>The providers whose tasks the caller may list: null for all, empty for none.</summary>
    public IReadOnlyCollection<Guid>? Providers(ClaimsPrincipal user)
    {
        if (IsOpen)
            return null;
        var caller = Caller.From(user);
        if (caller.IsIn(CnapRoles.SystemAdmin))
            return null;
        return caller.IsIn(CnapRoles.ProviderOfficer) || caller.IsIn(CnapRoles.ProviderHead) ? caller.Providers.ToList() : [];
    }
}
