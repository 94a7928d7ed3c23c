using Cnap.Host.Data;
using Microsoft.AspNetCore.Identity;

namespace Cnap.Host.Identity;

/// <summary>The fixed set of roles exists in every database.</summary>
internal sealed class RoleSeeder(RoleManager<IdentityRole> roles) : IStartupSeeder
{
    public int Order => -100;

    public bool IsDemoData => false;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        foreach (var role in CnapRoles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }
}
