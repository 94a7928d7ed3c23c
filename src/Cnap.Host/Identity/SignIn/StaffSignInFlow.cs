using System.Security.Claims;
using Cnap.Host.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Identity.SignIn;

/// <summary>
/// What follows a correct password for staff: the TOTP step, or (when TOTP is required and not yet set up) the
/// enrolment page: the full session is only issued after the second factor. Sign-ins and failures are audited.
/// </summary>
public sealed class StaffSignInFlow(SignInManager<CnapUser> signIn, IOptions<CnapIdentityOptions> options, IAuditTrail audit)
{
    public const string TwoFactorPath = "/staff/login/2fa";
    public const string EnrolPath = "/staff/login/enrol";

    /// <summary>The next address, or null when the attempt failed.</summary>
    public async Task<string?> NextStepAsync(CnapUser user, SignInResult result, string returnUrl)
    {
        var query = "?returnUrl=" + Uri.EscapeDataString(returnUrl);
        if (result.RequiresTwoFactor)
            return TwoFactorPath + query;
        if (!result.Succeeded)
        {
            await RecordAsync(user, result.IsLockedOut ? "signin.locked-out" : "signin.failed");
            return null;
        }
        if (options.Value.RequireStaffTwoFactor == true && !user.TwoFactorEnabled)
        {
            await signIn.SignOutAsync();
            var pending = new ClaimsIdentity([new Claim(ClaimTypes.Name, user.Id)], IdentityConstants.TwoFactorUserIdScheme);
            await signIn.Context.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(pending));
            return EnrolPath + query;
        }
        await RecordAsync(user, "signin");
        return returnUrl;
    }

    /// <summary>A sign-in is recorded with the full principal (role, organisation); a failure only under the account tried.</summary>
    public async Task RecordAsync(CnapUser user, string action)
    {
        var principal = action is "signin" or "totp.enrolled" ? await signIn.CreateUserPrincipalAsync(user) : StaffPrincipal(user);
        await audit.RecordAsync(new AuditRecord(action, ResourceKind: "user", ResourceId: user.Id), principal, CancellationToken.None);
    }

    /// <summary>Failed attempts are recorded under the account tried, without its memberships (it did not sign in).</summary>
    private static ClaimsPrincipal StaffPrincipal(CnapUser user) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(CnapClaims.DisplayName, user.DisplayName)], "audit"));
}
