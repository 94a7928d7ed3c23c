namespace Cnap.Host.RateLimiting;

/// <summary>Named limits for abuse-prone actions; apply with <c>.RequireRateLimiting(RateLimits.Login)</c> or <c>[EnableRateLimiting]</c>.</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string TrackingLookup = "tracking";
    public const string Submission = "submission";
    public const string Sms = "sms";
}
