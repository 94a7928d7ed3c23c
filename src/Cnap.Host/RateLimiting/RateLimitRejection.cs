using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Cnap.Host.Api;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Cnap.Host.RateLimiting;

/// <summary>429 with Retry-After, as problem details for the API and as a small page in the portal's look for people.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<RateLimitText>>();
        var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
        var detail = text["Detail", minutes].Value;
        if (ApiSetup.IsApi(context))
        {
            await Results.Problem(title: text["Title"], detail: detail, statusCode: StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(text["Title"])}</title><link rel="stylesheet" href="/css/portal.css"></head>
            <body><main id="main" class="wrap"><h1>{WebUtility.HtmlEncode(text["Title"])}</h1>
            <p class="lead">{WebUtility.HtmlEncode(detail)}</p><p><a href="/">{WebUtility.HtmlEncode(text["Home"])}</a></p></main></body></html>
            """, cancellationToken);
    }
}
