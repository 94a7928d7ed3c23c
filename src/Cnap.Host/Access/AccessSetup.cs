using Cnap.Host.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Access;

public static class AccessSetup
{
    public static void AddCnapAccess(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AccessOptions.Section).Get<AccessOptions>() ?? new AccessOptions();
        options.RequireAuthenticatedApi ??= !builder.Environment.IsDevelopment();
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddAuthorization(CnapPolicies.Add);
        builder.Services.AddSingleton<IAuthorizationHandler, ScopeRequirementHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, OpenWhileApiIsOpenHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, HidingAuthorizationResultHandler>();
        builder.Services.AddScoped<Audit.AccessLog>();
    }

    /// <summary>
    /// After authorization: turns away anonymous /api calls when the switch is on, and an integrator's key from any route
    /// that names no scope, so a route added without one is closed to keys rather than open to every key.
    /// </summary>
    public static void UseCnapApiAccess(this WebApplication app)
    {
        var requireAuthenticated = app.Services.GetRequiredService<IOptions<AccessOptions>>().Value.RequireAuthenticatedApi == true;
        app.Use(async (context, next) =>
        {
            if (requireAuthenticated && ApiSetup.IsApi(context) && context.User.Identity?.IsAuthenticated != true && !IsOpen(context))
            {
                await context.ChallengeAsync();
                return;
            }
            if (ScopeRequirement.IsKey(context.User) && !IsOpen(context) && !ScopeRequirement.IsNamedBy(context.GetEndpoint()))
            {
                await context.ForbidAsync();
                return;
            }
            if (ApiSetup.IsApi(context) && CrossSiteGuard.Refusal(context) is { } refusal)
            {
                await Results.Problem(title: "Cross-site request refused", detail: refusal, statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
                return;
            }
            await next(context);
        });
    }

    private static bool IsOpen(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api/docs")
        || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
