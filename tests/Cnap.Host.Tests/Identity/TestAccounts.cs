using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Cnap.Host.Identity.ApiKeys;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Identity;

/// <summary>Creates real accounts in the host's database (through Identity, as the application would).</summary>
public sealed class TestAccounts(WebApplicationFactory<Program> host)
{
    public const string Password = "correct horse battery staple";

    public sealed record Account(string UserId, string Login, string ApiKey);

    public async Task<Account> StaffAsync(string login, string role, params (MembershipKind Kind, Guid Id)[] memberships) =>
        await CreateAsync(login, AccountKind.Staff, role, memberships, configure: null);

    public async Task<Account> CitizenAsync(string email, string? taxNumber = null) =>
        await CreateAsync(email, AccountKind.Citizen, CnapRoles.Citizen, [], user =>
        {
            user.Email = email;
            user.EmailConfirmed = true;
            user.VerifiedTaxNumber = taxNumber;
        });

    private async Task<Account> CreateAsync(
        string login, AccountKind kind, string role, (MembershipKind Kind, Guid Id)[] memberships, Action<CnapUser>? configure)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnapUser>>();
        var user = new CnapUser { Kind = kind, UserName = login, DisplayName = "Test " + login };
        configure?.Invoke(user);
        Succeeded(await users.CreateAsync(user, Password));
        Succeeded(await users.AddToRoleAsync(user, role));
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        foreach (var (membershipKind, id) in memberships)
            db.Set<Membership>().Add(new Membership { UserId = user.Id, Kind = membershipKind, OrganisationId = id });
        await db.SaveChangesAsync();
        var (_, token) = await scope.ServiceProvider.GetRequiredService<ApiKeyIssuer>()
            .IssueAsync(user.Id, "test key", ApiScopes.All, null, CancellationToken.None);
        return new Account(user.Id, login, token);
    }

    public HttpClient ApiClient(Account account)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.HeaderName, account.ApiKey);
        return client;
    }

    private static void Succeeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
