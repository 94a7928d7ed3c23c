using System.Security.Claims;
using Cnap.Host.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Identity.EIdentification;

/// <summary>
/// Finishes an e-identification sign-in: the provider's subject is the external login; the tax number it vouches
/// for becomes the account's verified tax number, which is what links a citizen to their cases.
/// </summary>
public sealed class EIdentificationLogin(
    SignInManager<CnapUser> signIn, UserManager<CnapUser> users, IOptions<CnapIdentityOptions> options, IAuditTrail audit, TimeProvider clock)
{
    public async Task<bool> CompleteAsync(CancellationToken cancellationToken)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null || info.LoginProvider != EIdentificationOptions.Scheme)
            return false;
        var settings = options.Value.EIdentification;
        var taxNumber = info.Principal.FindFirstValue(settings.TaxNumberClaim);
        var name = info.Principal.FindFirstValue(settings.NameClaim) ?? info.Principal.FindFirstValue("name") ?? "";

        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        if (user is null)
        {
            user = new CnapUser
            {
                Kind = AccountKind.Citizen,
                UserName = $"eid.{Guid.CreateVersion7(clock.GetUtcNow()):N}",
                DisplayName = name,
                VerifiedTaxNumber = taxNumber,
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded || !(await users.AddLoginAsync(user, info)).Succeeded)
                return false;
            await users.AddToRoleAsync(user, CnapRoles.Citizen);
        }
        else if (user.VerifiedTaxNumber != taxNumber || (name.Length > 0 && user.DisplayName != name))
        {
            user.VerifiedTaxNumber = taxNumber;
            user.DisplayName = name.Length > 0 ? name : user.DisplayName;
            await users.UpdateAsync(user);
        }
        if (user.DisabledAt is not null || user.Kind != AccountKind.Citizen)
            return false;

        await signIn.Context.SignOutAsync(IdentityConstants.ExternalScheme);
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: EIdentificationOptions.Scheme);
        var principal = await signIn.CreateUserPrincipalAsync(user);
        await audit.RecordAsync(new AuditRecord("signin.eid", ResourceKind: "user", ResourceId: user.Id), principal, cancellationToken);
        return true;
    }
}
