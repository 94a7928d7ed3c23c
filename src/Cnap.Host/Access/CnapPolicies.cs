using Cnap.Host.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Cnap.Host.Access;

public static class CnapPolicies
{
    public const string Staff = nameof(Staff);
    public const string Citizen = nameof(Citizen);
    public const string SystemAdmin = nameof(SystemAdmin);
    public const string Heads = nameof(Heads);
    public const string CentreStaff = nameof(CentreStaff);
    public const string ProviderStaff = nameof(ProviderStaff);
    public const string Methodologist = nameof(Methodologist);

    /// <summary>The notice log (each sees their own centre's or region's notices): centre staff, regional heads, the system administrator.
    /// The templates are the system administrator's alone: they speak for every centre.</summary>
    public const string NotificationAdmins = nameof(NotificationAdmins);

    /// <summary>Disable and enable users: a centre head for their centre's staff (decided per user), the system administrator.</summary>
    public const string UserManagers = nameof(UserManagers);

    /// <summary>Read a workflow instance and its journal (a case's run is read as the case: <c>Cases/Access/WorkflowInstanceRequirement</c>).</summary>
    public const string WorkflowInstanceRead = nameof(WorkflowInstanceRead);

    /// <summary>Cancel or retry a workflow instance: methodologists and the system administrator, audited for a case's run.</summary>
    public const string WorkflowInstanceChange = nameof(WorkflowInstanceChange);

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(CnapRoles.Staff));
        options.AddPolicy(Citizen, p => p.RequireAuthenticatedUser().RequireRole(CnapRoles.Citizen));
        options.AddPolicy(SystemAdmin, p => p.RequireAuthenticatedUser().RequireRole(CnapRoles.SystemAdmin));
        options.AddPolicy(Heads, p => p.RequireAuthenticatedUser().RequireRole(CnapRoles.Heads));
        options.AddPolicy(CentreStaff, p => p.RequireAuthenticatedUser()
            .RequireRole(CnapRoles.SystemAdmin, CnapRoles.RegionalHead, CnapRoles.CentreHead, CnapRoles.Administrator));
        options.AddPolicy(ProviderStaff, p => p.RequireAuthenticatedUser()
            .RequireRole(CnapRoles.SystemAdmin, CnapRoles.ProviderHead, CnapRoles.ProviderOfficer));
        options.AddPolicy(Methodologist, p => p.RequireAuthenticatedUser().RequireRole(CnapRoles.SystemAdmin, CnapRoles.Methodologist));
        options.AddPolicy(NotificationAdmins, p => p.RequireAuthenticatedUser()
            .RequireRole(CnapRoles.SystemAdmin, CnapRoles.RegionalHead, CnapRoles.CentreHead, CnapRoles.Administrator));
        options.AddPolicy(UserManagers, p => p.RequireAuthenticatedUser().RequireRole(CnapRoles.SystemAdmin, CnapRoles.CentreHead));
    }
}
