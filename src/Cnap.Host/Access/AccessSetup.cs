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

    /// <summary>After authentication: turns away anonymous /api calls when the switch is on.</summary>
    public static void UseCnapApiAccess(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<AccessOptions>>().Value.RequireAuthenticatedApi != true)
            return;
        app.Use(async (context, next) =>
        {
            if (ApiSetup.IsApi(context) && context.User.Identity?.IsAuthenticated != true && !IsOpen(context))
            {
                await context.ChallengeAsync();
                return;
            }
            await next(context);
        });
    }

    private static bool IsOpen(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api/docs")
        || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null;
}
