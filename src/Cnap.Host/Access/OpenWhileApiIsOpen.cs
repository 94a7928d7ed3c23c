using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Access;

/// <summary>
/// Marks an API group that anonymous callers may use while the access switch is off (Development by default), as every
/// /api route could before sign-in existed: the engine's API for local tools, cases and tasks for scripts. A signed-in
/// caller always meets the route's policies, switch or not, so what a person may do never depends on the environment.
/// </summary>
public sealed class OpenWhileApiIsOpen
{
    public static readonly OpenWhileApiIsOpen Instance = new();

    private OpenWhileApiIsOpen() { }
}

public static class OpenWhileApiIsOpenExtensions
{
    public static TBuilder OpenToAnonymousWhileApiIsOpen<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(OpenWhileApiIsOpen.Instance);
}

/// <summary>Lets an anonymous call through a marked route's policies when <see cref="AccessOptions.RequireAuthenticatedApi"/> is off.</summary>
internal sealed class OpenWhileApiIsOpenHandler(IOptions<AccessOptions> options) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        if (!options.Value.LetsAnonymousThrough(context.User)
            || context.Resource is not HttpContext http
            || http.GetEndpoint()?.Metadata.GetMetadata<OpenWhileApiIsOpen>() is null)
            return Task.CompletedTask;
        foreach (var requirement in context.PendingRequirements.ToList())
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
