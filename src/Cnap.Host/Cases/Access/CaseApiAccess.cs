using System.Security.Claims;
using Cnap.Domain.Cases;
using Cnap.Domain.Organisations;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Cases.Access;

/// <summary>
/// Who may do what through /api/cases and /api/tasks. While the access switch leaves the API open (Development, until
/// sign-in is required) an anonymous call passes and is recorded as the anonymous API actor; a signed-in caller always
/// meets the Access rules, so their look at a case is audited in Development too (a case out of reach is "not found").
/// </summary>
public sealed class CaseApiAccess(IOptions<AccessOptions> options, ResourceScope scope, CnapDbContext db)
{
    public static readonly Actor AnonymousApi = new("api:anonymous", "API (без входу)");

    private bool OpenTo(ClaimsPrincipal user) => options.Value.LetsAnonymousThrough(user);

    public static Actor ActorOf(ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        return caller.UserId is { } id ? new Actor(id, caller.Name ?? id) : AnonymousApi;
    }

    /// <summary>Centre staff (or heads above them) act on a case: clarification, issuance, closing, reading it whole.</summary>
    public async Task<bool> MayActOnCaseAsync(ClaimsPrincipal user, Guid caseId, string purpose, CancellationToken cancellationToken) =>
        OpenTo(user) || await scope.CaseAsync(user, caseId, purpose, cancellationToken) is { SeesWholeCase: true, IsStaff: true };

    /// <summary>
    /// Null when the case is out of reach; otherwise how much of it to show: all of it, or for a provider's people only
    /// their own tasks and no contact data (<see cref="CaseAccess.SeesWholeCase"/>).
    /// </summary>
    public async Task<CaseReadScope?> ReadCaseAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken)
    {
        if (OpenTo(user))
            return CaseReadScope.Whole;
        return await scope.CaseAsync(user, caseId, "case:read", cancellationToken) switch
        {
            { IsStaff: true, SeesWholeCase: true } => CaseReadScope.Whole,
            { IsStaff: true } access => new CaseReadScope(access.Tasks),
            _ => null,
        };
    }

    /// <summary>Only the provider's people decide its tasks.</summary>
    public async Task<bool> MayDecideTaskAsync(ClaimsPrincipal user, Guid taskId, CancellationToken cancellationToken)
    {
        if (OpenTo(user))
            return true;
        var caller = Caller.From(user);
        return (caller.IsIn(CnapRoles.ProviderOfficer) || caller.IsIn(CnapRoles.ProviderHead) || caller.IsIn(CnapRoles.SystemAdmin))
            && await scope.TaskAsync(user, taskId, "task:decide", cancellationToken) is not null;
    }

    public bool MayRegisterAt(ClaimsPrincipal user, Guid centreId)
    {
        if (OpenTo(user))
            return true;
        var caller = Caller.From(user);
        return caller.IsIn(CnapRoles.SystemAdmin)
            || ((caller.IsIn(CnapRoles.Administrator) || caller.IsIn(CnapRoles.CentreHead)) && caller.Centres.Contains(centreId));
    }

    /// <summary>The centres whose cases the caller may list: null for all, empty for none.</summary>
    public async Task<IReadOnlyCollection<Guid>?> CentresAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (OpenTo(user))
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
        if (OpenTo(user))
            return null;
        var caller = Caller.From(user);
        if (caller.IsIn(CnapRoles.SystemAdmin))
            return null;
        return caller.IsIn(CnapRoles.ProviderOfficer) || caller.IsIn(CnapRoles.ProviderHead) ? caller.Providers.ToList() : [];
    }
}
