using Cnap.Host.Identity.Administration;
using Cnap.Host.Identity.EIdentification;
using Cnap.Host.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Cnap.Host.Identity;

internal static class AccountEndpoints
{
    public static void MapCnapAccountEndpoints(this WebApplication app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/logout", LogoutAsync).WithMetadata(new RequireAntiforgeryTokenAttribute());
        account.MapGet("/eid", StartEIdentification).RequireRateLimiting(RateLimits.Login);
        account.MapGet("/eid/complete", CompleteEIdentificationAsync);
        app.MapAdministrationEndpoints();
    }

    private static async Task<RedirectHttpResult> LogoutAsync(SignInManager<CnapUser> signIn, HttpContext context, [FromForm] string? returnUrl)
    {
        var wasStaff = context.User.IsInRole(CnapRoles.Citizen) is false && context.User.Identity?.IsAuthenticated == true;
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(SafeReturnUrl.Of(returnUrl, wasStaff ? SessionCookie.StaffLoginPath : "/"));
    }

    private static ChallengeHttpResult StartEIdentification(string? returnUrl, SignInManager<CnapUser> signIn, IAuthenticationSchemeProvider schemes)
    {
        var redirect = "/account/eid/complete?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl.Of(returnUrl, "/"));
        var properties = signIn.ConfigureExternalAuthenticationProperties(EIdentificationOptions.Scheme, redirect);
        return TypedResults.Challenge(properties, [EIdentificationOptions.Scheme]);
    }

    private static async Task<RedirectHttpResult> CompleteEIdentificationAsync(string? returnUrl, EIdentificationLogin login, CancellationToken cancellationToken) =>
        await login.CompleteAsync(cancellationToken)
            ? TypedResults.LocalRedirect(SafeReturnUrl.Of(returnUrl, "/"))
            : TypedResults.LocalRedirect(SessionCookie.CitizenLoginPath + "?failed=eid");
}
