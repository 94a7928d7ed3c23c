using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Cnap.Host.Access;

/// <summary>
/// Marks a route that takes the id of something personal (an instance carrying a case, a user, a bookmark that moves a
/// case): a signed-in caller whom its policy refuses is told 404, as for an id that does not exist, so the role check
/// leaks nothing the scope check would hide. Anonymous callers are still challenged (401).
/// </summary>
public sealed class HiddenWhenForbidden
{
    public static readonly HiddenWhenForbidden Instance = new();

    private HiddenWhenForbidden() { }
}

public static class HiddenWhenForbiddenExtensions
{
    public static TBuilder HideWhenForbidden<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(HiddenWhenForbidden.Instance);
}

internal sealed class HidingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.GetEndpoint()?.Metadata.GetMetadata<HiddenWhenForbidden>() is not null)
        {
            // The API's status-code pages turn the empty 404 into the same problem document a missing id gets.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return standard.HandleAsync(next, context, policy, authorizeResult);
    }
}
