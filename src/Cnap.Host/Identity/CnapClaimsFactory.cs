using System.Security.Claims;
using Cnap.Host.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Identity;

/// <summary>Puts memberships and verified identifiers into the cookie, so scope checks need no per-request query.</summary>
internal sealed class CnapClaimsFactory(
    UserManager<CnapUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, CnapDbContext db)
    : UserClaimsPrincipalFactory<CnapUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CnapUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CnapClaims.AccountKind, user.Kind.ToString()));
        identity.AddClaim(new Claim(CnapClaims.DisplayName, user.DisplayName));
        var memberships = await db.Set<Membership>().AsNoTracking().Where(m => m.UserId == user.Id).ToListAsync();
        foreach (var membership in memberships)
            identity.AddClaim(new Claim(CnapClaims.For(membership.Kind), membership.OrganisationId.ToString()));
        if (user.VerifiedTaxNumber is { } taxNumber)
            identity.AddClaim(new Claim(CnapClaims.TaxNumber, taxNumber));
        if (user is { EmailConfirmed: true, Email: { } email })
            identity.AddClaim(new Claim(CnapClaims.ConfirmedEmail, email));
        if (user is { PhoneNumberConfirmed: true, PhoneNumber: { } phone })
            identity.AddClaim(new Claim(CnapClaims.ConfirmedPhone, phone));
        return identity;
    }
}
