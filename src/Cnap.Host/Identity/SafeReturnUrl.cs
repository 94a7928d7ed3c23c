namespace Cnap.Host.Identity;

/// <summary>Only a path on this site: an open redirect after sign-in is a phishing tool.</summary>
public static class SafeReturnUrl
{
    public static string Of(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
            ? returnUrl
            : fallback;
}
