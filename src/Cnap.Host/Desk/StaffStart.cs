using System.Security.Claims;
using Cnap.Host.Access;
using Cnap.Host.Identity;

namespace Cnap.Host.Desk;

/// <summary>Where each role lands after sign-in: the work it does most (heads get the worklist until their dashboard exists).</summary>
public static class StaffStart
{
    public const string Worklist = "/desk/cases";
    public const string Inbox = "/desk/tasks";
    public const string Studio = "/studio";

    public static string? For(ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (caller.IsIn(CnapRoles.Administrator) || caller.IsIn(CnapRoles.CentreHead) || caller.IsIn(CnapRoles.RegionalHead) || caller.IsIn(CnapRoles.SystemAdmin))
            return Worklist;
        if (caller.IsIn(CnapRoles.ProviderOfficer) || caller.IsIn(CnapRoles.ProviderHead))
            return Inbox;
        return caller.IsIn(CnapRoles.Methodologist) ? Studio : null;
    }
}
