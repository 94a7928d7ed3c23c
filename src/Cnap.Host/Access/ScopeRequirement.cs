using System.Security.Claims;
using Cnap.Host.Identity;
using Cnap.Host.Identity.ApiKeys;
using Microsoft.AspNetCore.Authorization;

namespace Cnap.Host.Access;

/// <summary>Holds for people signed in by cookie; for an API key, only when the key was issued with the scope.</summary>
public sealed record ScopeRequirement(string Scope) : IAuthorizationRequirement
{
    /// <summary>
    /// A signed-in caller, and for an integrator's key the <paramref name="scope"/>. It states the authenticated user
    /// itself: a bare <c>RequireAuthorization()</c> beside a policy object was seen not to add the default policy.
    /// </summary>
    public static AuthorizationPolicy PolicyFor(string scope) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new ScopeRequirement(scope)).Build();

    public static bool IsKey(ClaimsPrincipal user) => user.Identities.Any(i => i.AuthenticationType == ApiKeyAuthentication.SchemeName);

    /// <summary>Whether the endpoint names a scope (a key needs one to pass).</summary>
    public static bool IsNamedBy(Endpoint? endpoint) =>
        endpoint?.Metadata.OfType<AuthorizationPolicy>().Any(p => p.Requirements.OfType<ScopeRequirement>().Any()) == true;
}

internal sealed class ScopeRequirementHandler : AuthorizationHandler<ScopeRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScopeRequirement requirement)
    {
        if (!ScopeRequirement.IsKey(context.User) || context.User.HasClaim(CnapClaims.Scope, requirement.Scope))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public static class ScopeEndpointExtensions
{
    /// <summary>The <see cref="ScopeRequirement.PolicyFor">scope policy</see> on a route or group.</summary>
    public static TBuilder RequireScope<TBuilder>(this TBuilder builder, string scope) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ScopeRequirement.PolicyFor(scope));
}
