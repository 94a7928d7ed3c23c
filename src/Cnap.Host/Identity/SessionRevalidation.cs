using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Identity;

/// <summary>
/// An open Desk circuit makes no HTTP requests, so the cookie checks never run: this re-reads the user at the
/// session-check interval and drops the circuit's identity once the user is disabled or their stamp changed.
/// </summary>
internal sealed class SessionRevalidation(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<CnapIdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => options.Value.SessionCheckInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnapUser>>();
        var user = await users.GetUserAsync(state.User);
        if (user is null || user.DisabledAt is not null)
            return false;
        if (!users.SupportsUserSecurityStamp)
            return true;
        var stamp = state.User.FindFirstValue(new ClaimsIdentityOptions().SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
