using Cnap.Host.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Identity;

/// <summary>
/// The sign-in cookie: idle timeout by sliding expiry, an absolute timeout counted from the first sign-in (kept in
/// the ticket, so renewals do not move it), and 401/403 instead of redirects for the API.
/// </summary>
internal static class SessionCookie
{
    public const string SignedInAtItem = "cnap.signed_in_at";
    public const string StaffLoginPath = "/staff/login";
    public const string CitizenLoginPath = "/account/login";

    public static void Configure(CookieAuthenticationOptions cookie, CnapIdentityOptions options)
    {
        cookie.Cookie.Name = "cnap.session";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = options.SecureCookies == true ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = options.IdleTimeout;
        cookie.SlidingExpiration = true;
        cookie.LoginPath = CitizenLoginPath;
        cookie.Events.OnSigningIn = context =>
        {
            context.Properties.Items.TryAdd(SignedInAtItem, Clock(context.HttpContext).GetUtcNow().ToString("O"));
            return Task.CompletedTask;
        };
        cookie.Events.OnValidatePrincipal = async context =>
        {
            if (IsPastAbsoluteTimeout(context.Properties, Clock(context.HttpContext).GetUtcNow(), options.AbsoluteTimeout))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            // The full re-check above runs at the session-check interval; the stamp alone is read on every request, so a
            // signed-out (or disabled) session's cookie stops working at once, even if someone kept a copy of it.
            if (context.Principal is { } principal && !await StampIsCurrentAsync(context.HttpContext, principal))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };
        cookie.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    internal static bool IsPastAbsoluteTimeout(AuthenticationProperties properties, DateTimeOffset now, TimeSpan limit) =>
        !properties.Items.TryGetValue(SignedInAtItem, out var raw)
        || !DateTimeOffset.TryParse(raw, null, System.Globalization.DateTimeStyles.RoundtripKind, out var signedInAt)
        || now - signedInAt > limit;

    private static Task Challenge(RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (ApiSetup.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }
        var returnPath = context.Request.Path;
        var login = IsStaffPath(returnPath) ? StaffLoginPath : CitizenLoginPath;
        var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect($"{login}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return Task.CompletedTask;
    }

    public static bool IsStaffPath(PathString path) =>
        path.StartsWithSegments("/desk") || path.StartsWithSegments("/studio") || path.StartsWithSegments("/staff");

    private static async Task<bool> StampIsCurrentAsync(HttpContext context, System.Security.Claims.ClaimsPrincipal principal)
    {
        var stamp = principal.FindFirst(new ClaimsIdentityOptions().SecurityStampClaimType)?.Value;
        var userId = principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (stamp is null || userId is null)
            return true;
        var db = context.RequestServices.GetRequiredService<Data.CnapDbContext>();
        var current = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.DisabledAt }).FirstOrDefaultAsync(context.RequestAborted);
        return current is { DisabledAt: null } && current.SecurityStamp == stamp;
    }

    private static TimeProvider Clock(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>();
}
