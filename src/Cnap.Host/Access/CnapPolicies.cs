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
    }
}
