using System.Security.Claims;
using Cnap.Host.Access;
using Cnap.Host.Audit;
using Cnap.Host.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Identity.Administration;

/// <summary>
/// Disabling a user locks the account for good and changes its security stamp, which ends every open session at
/// the next check (<see cref="CnapIdentityOptions.SessionCheckInterval"/>). A centre head manages their centre's
/// staff only; a system administrator everyone. Anyone else is told the user does not exist.
/// </summary>
public sealed class UserAdministration(UserManager<CnapUser> users, CnapDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<bool> DisableAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken)
    {
        if (await ManageableAsync(actor, userId, cancellationToken) is not { } user)
            return false;
        user.DisabledAt ??= clock.GetUtcNow();
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(new AuditRecord("user.disable", ResourceKind: "user", ResourceId: userId), actor, cancellationToken);
        return true;
    }

    public async Task<bool> EnableAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken)
    {
        if (await ManageableAsync(actor, userId, cancellationToken) is not { } user)
            return false;
        user.DisabledAt = null;
        user.LockoutEnd = null;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(new AuditRecord("user.enable", ResourceKind: "user", ResourceId: userId), actor, cancellationToken);
        return true;
    }

    private async Task<CnapUser?> ManageableAsync(ClaimsPrincipal actor, string userId, CancellationToken cancellationToken)
    {
        var caller = Caller.From(actor);
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.Id == caller.UserId)
            return null;
        if (caller.IsIn(CnapRoles.SystemAdmin))
            return user;
        if (!caller.IsIn(CnapRoles.CentreHead) || !user.IsStaff)
            return null;
        var theirCentres = await db.Set<Membership>().AsNoTracking()
            .Where(m => m.UserId == userId && m.Kind == MembershipKind.Centre)
            .Select(m => m.OrganisationId).ToListAsync(cancellationToken);
        var isHigher = await users.IsInRoleAsync(user, CnapRoles.SystemAdmin) || await users.IsInRoleAsync(user, CnapRoles.RegionalHead);
        return !isHigher && theirCentres.Any(caller.Centres.Contains) ? user : null;
    }
}
