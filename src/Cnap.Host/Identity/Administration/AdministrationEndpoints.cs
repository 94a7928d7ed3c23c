using System.Security.Claims;
using Cnap.Host.Access;
using Cnap.Host.Identity.ApiKeys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cnap.Host.Identity.Administration;

internal static class AdministrationEndpoints
{
    public sealed record IssueApiKey(string UserId, string Name, string[] Scopes, DateTimeOffset? ExpiresAt);

    public sealed record IssuedApiKey(Guid Id, string Token, string[] Scopes);

    public static void MapAdministrationEndpoints(this WebApplication app)
    {
        // Whoever may not manage the user is told it does not exist (404), never 403: by the role policy for most, by
        // UserAdministration for a centre head and someone outside their centre.
        var users = app.MapGroup("/api/identity/users").WithTags("Identity")
            .RequireAuthorization(CnapPolicies.UserManagers).HideWhenForbidden().RequireScope(ApiScopes.IdentityAdmin);
        users.MapPost("/{userId}/disable", DisableAsync).WithSummary("Disables a user and ends their open sessions");
        users.MapPost("/{userId}/enable", EnableAsync).WithSummary("Lets a disabled user sign in again");

        var keys = app.MapGroup("/api/identity/api-keys").WithTags("Identity")
            .RequireAuthorization(CnapPolicies.SystemAdmin).RequireScope(ApiScopes.IdentityAdmin);
        keys.MapPost("/", IssueAsync).WithSummary("Issues an API key for a service account; the token is shown once");
        keys.MapDelete("/{keyId:guid}", RevokeAsync).WithSummary("Revokes an API key");
    }

    private static async Task<Results<NoContent, NotFound>> DisableAsync(
        string userId, ClaimsPrincipal user, UserAdministration administration, CancellationToken cancellationToken) =>
        await administration.DisableAsync(user, userId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> EnableAsync(
        string userId, ClaimsPrincipal user, UserAdministration administration, CancellationToken cancellationToken) =>
        await administration.EnableAsync(user, userId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Created<IssuedApiKey>, ValidationProblem>> IssueAsync(
        IssueApiKey request, ApiKeyIssuer issuer, Microsoft.AspNetCore.Identity.UserManager<CnapUser> users, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.Scopes is not { Length: > 0 })
            return Invalid("scopes", $"At least one scope: {string.Join(", ", ApiScopes.All)}.");
        var unknown = request.Scopes.Except(ApiScopes.All).ToArray();
        if (unknown.Length > 0)
            return Invalid("scopes", $"Unknown scopes: {string.Join(", ", unknown)}");
        if (string.IsNullOrWhiteSpace(request.Name) || Cnap.Domain.PlainText.Problem(request.Name) is not null || request.Name.Trim().Length > 100)
            return Invalid("name", "A name of up to 100 plain characters is required.");
        // Keys are for staff service accounts: a citizen's account acts for one person, through their own sign-in.
        if (string.IsNullOrWhiteSpace(request.UserId) || await users.FindByIdAsync(request.UserId) is not { IsStaff: true })
            return Invalid("userId", "An existing staff (service) account is required.");
        if (request.ExpiresAt is { } expires && expires <= clock.GetUtcNow())
            return Invalid("expiresAt", "The expiry must lie in the future.");
        var (key, token) = await issuer.IssueAsync(request.UserId, request.Name, request.Scopes, request.ExpiresAt, cancellationToken);
        return TypedResults.Created($"/api/identity/api-keys/{key.Id}", new IssuedApiKey(key.Id, token, key.ScopeList.ToArray()));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid keyId, ApiKeyIssuer issuer, CancellationToken cancellationToken) =>
        await issuer.RevokeAsync(keyId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}
