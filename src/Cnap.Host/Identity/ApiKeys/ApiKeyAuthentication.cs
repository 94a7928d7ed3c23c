using System.Security.Claims;
using System.Text.Encodings.Web;
using Cnap.Host.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Identity.ApiKeys;

public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions;

/// <summary>
/// Authenticates <c>Authorization: Bearer cnap_…</c> or <c>X-Api-Key</c>: the principal is the key's service account
/// (same roles and memberships, so the same policies as the UI) plus the key's scopes.
/// </summary>
internal sealed class ApiKeyAuthentication(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    CnapDbContext db, UserManager<CnapUser> users, IUserClaimsPrincipalFactory<CnapUser> principals, TimeProvider clock)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    private const string BearerPrefix = "Bearer cnap_";

    public static bool IsPresent(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderName)
        || request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.Ordinal);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsPresent(Request))
            return AuthenticateResult.NoResult();
        var raw = Request.Headers.TryGetValue(HeaderName, out var header)
            ? header.ToString()
            : Request.Headers.Authorization.ToString()["Bearer ".Length..];
        if (ApiKeyToken.Parse(raw.Trim()) is not { } token)
            return AuthenticateResult.Fail("Malformed API key.");

        var now = clock.GetUtcNow();
        var key = await db.Set<ApiKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == token.Prefix, Context.RequestAborted);
        if (key is null || !key.IsActiveAt(now) || !token.Matches(key.SecretHash))
            return AuthenticateResult.Fail("Unknown, revoked or expired API key.");
        // Lockout guards interactive sign-in against password guessing; a key is a separate secret, ended by revoking or expiry.
        var user = await users.FindByIdAsync(key.UserId);
        if (user is null || user.DisabledAt is not null)
            return AuthenticateResult.Fail("The API key's account is disabled.");

        var principal = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, principal.Identities.First().NameClaimType, principal.Identities.First().RoleClaimType);
        identity.AddClaims(key.ScopeList.Select(s => new Claim(CnapClaims.Scope, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
