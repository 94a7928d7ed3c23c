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
        account.MapPost("/logout", LogoutAsync).DisableAntiforgery();
        account.MapGet("/eid", StartEIdentification).RequireRateLimiting(RateLimits.Login);
        account.MapGet("/eid/complete", CompleteEIdentificationAsync);
        app.MapAdministrationEndpoints();
    }

    private static async Task<IResult> LogoutAsync(SignInManager<CnapUser> signIn, IAntiforgery antiforgery, HttpContext context)
    {
        // Validated here rather than by the form binder, whose failure surfaced as a server error instead of a bad request.
        if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
            return TypedResults.Problem(title: "The request is invalid", detail: "A sign-out form with its antiforgery token is required.",
                statusCode: StatusCodes.Status400BadRequest);
        var returnUrl = (await context.Request.ReadFormAsync(context.RequestAborted))["returnUrl"].ToString();
        var wasStaff = context.User.IsInRole(CnapRoles.Citizen) is false && context.User.Identity?.IsAuthenticated == true;
        // A new security stamp ends this session for good: a copy of its cookie is refused from the next request on.
        if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            await signIn.UserManager.UpdateSecurityStampAsync(user);
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
