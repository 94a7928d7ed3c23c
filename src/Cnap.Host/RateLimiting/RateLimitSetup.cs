using System.Security.Claims;
using System.Threading.RateLimiting;
using Cnap.Host.Identity;
using Cnap.Host.RateLimiting.Uploads;
using Microsoft.AspNetCore.RateLimiting;

namespace Cnap.Host.RateLimiting;

public static class RateLimitSetup
{
    public static void AddCnapRateLimiting(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.Configure<UploadRules>(builder.Configuration.GetSection(UploadRules.Section));
        builder.Services.AddScoped<UploadValidator>();
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        builder.Services.AddSingleton<Identity.SignIn.SignInThrottle>();
        builder.AddCnapForwardedHeaders();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.WriteAsync;
            // Per address even when signed in: the sign-in forms are posted before there is a user to key on.
            limiter.AddPolicy(RateLimits.Login, context => Partition(context, RateLimits.Login, options.Login, postsOnly: true, byAddress: true));
            limiter.AddPolicy(RateLimits.TrackingLookup, context => Partition(context, RateLimits.TrackingLookup, options.TrackingLookup, postsOnly: false));
            limiter.AddPolicy(RateLimits.Submission, context => Partition(
                context, RateLimits.Submission, IsStaff(context) ? options.StaffSubmission : options.Submission, postsOnly: true));
            limiter.AddPolicy(RateLimits.Sms, context => Partition(context, RateLimits.Sms, options.Sms, postsOnly: true));
        });
    }

    public static void UseCnapRateLimiting(this WebApplication app) => app.UseRateLimiter();

    private static bool IsStaff(HttpContext context) => CnapRoles.Staff.Any(context.User.IsInRole);

    /// <summary>
    /// Per signed-in user, else per client address. Showing a form (GET) is free where only sending it is the abuse.
    /// </summary>
    private static RateLimitPartition<string> Partition(HttpContext context, string name, RateLimitOptions.Limit limit, bool postsOnly, bool byAddress = false)
    {
        if (postsOnly && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            return RateLimitPartition.GetNoLimiter($"{name}:free");
        var who = !byAddress && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } user
            ? "u:" + user
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter($"{name}:{who}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
        });
    }
}
