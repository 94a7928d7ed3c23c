using System.Net;
using System.Net.Http.Json;
using Cnap.Host.Access;
using Cnap.Host.Identity;
using Cnap.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Identity;

public sealed class ApiKeyTests : HostOnSqlite
{
    private sealed record Issued(Guid Id, string Token, string[] Scopes);

    [Fact]
    public async Task A_key_acts_as_its_service_account_within_its_scopes_and_stops_when_revoked()
    {
        var accounts = new TestAccounts(Host);
        var admin = await accounts.StaffAsync("root", CnapRoles.SystemAdmin);
        var adminClient = accounts.ApiClient(admin);

        var issued = await adminClient.PostAsJsonAsync("/api/identity/api-keys", new { userId = admin.UserId, name = "kiosk", scopes = new[] { ApiScopes.CasesRead } });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var key = (await issued.Content.ReadFromJsonAsync<Issued>())!;
        Assert.StartsWith("cnap_", key.Token);

        var narrow = Host.CreateClient();
        narrow.DefaultRequestHeaders.Authorization = new("Bearer", key.Token);
        Assert.Equal(HttpStatusCode.NotFound, (await narrow.GetAsync($"/api/cases/{Guid.NewGuid()}/access-log")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await narrow.PostAsync("/api/audit/verify", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await adminClient.DeleteAsync($"/api/identity/api-keys/{key.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await narrow.GetAsync($"/api/cases/{Guid.NewGuid()}/access-log")).StatusCode);
    }

    [Fact]
    public async Task Keys_with_unknown_scopes_are_refused_and_wrong_tokens_are_not_accepted()
    {
        var accounts = new TestAccounts(Host);
        var admin = await accounts.StaffAsync("root2", CnapRoles.SystemAdmin);

        var refused = await accounts.ApiClient(admin).PostAsJsonAsync("/api/identity/api-keys", new { userId = admin.UserId, name = "x", scopes = new[] { "everything" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var forged = Host.CreateClient();
        forged.DefaultRequestHeaders.Add("X-Api-Key", admin.ApiKey[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.PostAsync("/api/audit/verify", null)).StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_that_lock_the_account_out_of_sign_in_leave_its_keys_working()
    {
        var accounts = new TestAccounts(Host);
        var service = await accounts.StaffAsync("integration", CnapRoles.SystemAdmin);
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CnapUser>>();
            var user = (await users.FindByIdAsync(service.UserId))!;
            while (!await users.IsLockedOutAsync(user))
                await users.AccessFailedAsync(user);
        }

        var response = await accounts.ApiClient(service).GetAsync("/api/cases");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_key_without_scopes_for_a_citizen_or_already_expired_is_refused_naming_the_field()
    {
        var accounts = new TestAccounts(Host);
        var admin = await accounts.StaffAsync("root3", CnapRoles.SystemAdmin);
        var citizen = await accounts.CitizenAsync("key.citizen@example.com");
        var client = accounts.ApiClient(admin);

        (object Body, string Field)[] refused =
        [
            (new { userId = admin.UserId, name = "no scopes" }, "scopes"),
            (new { userId = citizen.UserId, name = "citizen", scopes = new[] { ApiScopes.CasesRead } }, "userId"),
            (new { userId = admin.UserId, name = "expired", scopes = new[] { ApiScopes.CasesRead }, expiresAt = DateTimeOffset.UtcNow.AddDays(-1) }, "expiresAt"),
        ];
        foreach (var (body, field) in refused)
        {
            var response = await client.PostAsJsonAsync("/api/identity/api-keys", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Only_a_system_administrator_issues_keys()
    {
        var accounts = new TestAccounts(Host);
        var head = await accounts.StaffAsync("head", CnapRoles.CentreHead);

        var response = await accounts.ApiClient(head).PostAsJsonAsync("/api/identity/api-keys", new { userId = head.UserId, name = "mine", scopes = new[] { ApiScopes.CasesRead } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
