using Cnap.Host.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests;

/// <summary>
/// Staff pages ask for sign-in everywhere: a test creates a staff account of the role it needs in the live host's
/// database (through Identity, as an administrator would) and signs in on the real page, as a person would.
/// Development asks no second factor.
/// </summary>
public static class StaffSignIn
{
    public const string Password = "correct horse battery staple";

    /// <summary>Opens <paramref name="path"/>: the page sends the visitor to the staff sign-in, which brings them back.</summary>
    public static async Task OpenAsAsync(this IPage page, LiveHost host, string role, string path)
    {
        var login = await EnsureAccountAsync(host, role);
        await page.GotoAsync(path);
        await page.WaitForURLAsync("**/staff/login?returnUrl=**");
        await page.GetByLabel("Логін").FillAsync(login);
        await page.GetByLabel("Пароль").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == path);
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
    }

    private static async Task<string> EnsureAccountAsync(LiveHost host, string role)
    {
        var login = "e2e." + role.ToLowerInvariant();
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnapUser>>();
        if (await users.FindByNameAsync(login) is not null)
            return login;
        var user = new CnapUser { Kind = AccountKind.Staff, UserName = login, DisplayName = "Тест " + role, CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return login;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
