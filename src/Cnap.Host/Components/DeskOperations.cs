using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Cnap.Host.Components;

/// <summary>
/// A staff circuit lives for hours; each query or command a page sends runs in its own DI scope, so its database
/// context is short-lived and a failed command leaves nothing tracked behind for the next one.
/// </summary>
public sealed class DeskOperations(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    public async Task<ClaimsPrincipal> UserAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<T> RunAsync<T>(Func<IServiceProvider, ClaimsPrincipal, Task<T>> work)
    {
        var user = await UserAsync();
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider, user);
    }
}
