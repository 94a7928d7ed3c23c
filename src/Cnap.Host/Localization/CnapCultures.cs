using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;

namespace Cnap.Host.Localization;

/// <summary>Ukrainian is the default for everybody; English only when the user picks it (the choice is kept in a cookie).</summary>
public static class CnapCultures
{
    public const string Ukrainian = "uk";
    public const string English = "en";
    public static readonly string[] Supported = [Ukrainian, English];

    public static void AddCnapLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Ukrainian);
            options.SupportedCultures = options.SupportedUICultures = Supported.Select(c => new CultureInfo(c)).ToList();
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
    }

    public static void UseCnapLocalization(this WebApplication app) => app.UseRequestLocalization();

    public static void MapCnapLocalization(this WebApplication app) =>
        app.MapGet("/culture/{culture}", SetCulture).ExcludeFromDescription();

    private static Results<RedirectHttpResult, NotFound> SetCulture(string culture, string? returnUrl, HttpContext context)
    {
        if (!Supported.Contains(culture))
            return TypedResults.NotFound();
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        var target = returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//")
            ? returnUrl
            : "/";
        return TypedResults.LocalRedirect(target);
    }
}
