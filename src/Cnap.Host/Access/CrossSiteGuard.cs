using Microsoft.Net.Http.Headers;

namespace Cnap.Host.Access;

/// <summary>
/// A browser sends the session cookie with any request to this site, whoever's page made it; SameSite=Lax stops only
/// some of them. So a cookie-authenticated API call that changes something must come from a page of this site (its
/// Origin, or failing that its Referer, names this host) and carry its body as JSON (or a file upload): a foreign page
/// can forge neither without the browser asking first. Calls with an API key carry no ambient credential and pass.
/// </summary>
internal static class CrossSiteGuard
{
    public static string? Refusal(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || context.User.Identity?.IsAuthenticated != true || ScopeRequirement.IsKey(context.User))
            return null;
        if (!IsSameOrigin(request))
            return "A signed-in change must come from a page of this site (Origin).";
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        return hasBody && !IsJsonOrUpload(request.ContentType) ? "The body must be JSON (Content-Type: application/json)." : null;
    }

    private static bool IsSameOrigin(HttpRequest request)
    {
        var source = request.Headers.Origin.ToString() is { Length: > 0 } origin ? origin : request.Headers.Referer.ToString();
        return Uri.TryCreate(source, UriKind.Absolute, out var uri)
               && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsJsonOrUpload(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase));
}
