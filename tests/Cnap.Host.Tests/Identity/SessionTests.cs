using System.Net;
using Cnap.Host.Identity;
using Cnap.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Host.Tests.Identity;

public sealed class SessionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;
    private CnapHostFactory factory = null!;
    private WebApplicationFactory<Program> host = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        factory = new CnapHostFactory(database);
        factory.Settings["Identity:RequireStaffTwoFactor"] = "false";
        factory.Settings["Identity:IdleTimeout"] = "00:30:00";
        factory.Settings["Identity:AbsoluteTimeout"] = "01:00:00";
        factory.Settings["Identity:SessionCheckInterval"] = "00:01:00";
        host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Session_ends_after_the_idle_timeout_without_requests()
    {
        var session = await SignedInAsync("idle");

        clock.Advance(TimeSpan.FromMinutes(31));

        Assert.False(await IsSignedInAsync(session));
    }

    [Fact]
    public async Task Activity_keeps_the_session_alive_until_the_absolute_timeout()
    {
        var session = await SignedInAsync("busy");

        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(20));
            Assert.True(await IsSignedInAsync(session), $"signed out after {20 * (i + 1)} active minutes");
        }
        clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False(await IsSignedInAsync(session));
    }

    [Fact]
    public async Task Disabling_a_user_ends_their_open_session_and_stops_new_sign_ins()
    {
        var accounts = new TestAccounts(host);
        var admin = await accounts.StaffAsync("root", CnapRoles.SystemAdmin);
        var session = await SignedInAsync("leaving");
        var leaving = await FindAsync("leaving");

        var disabled = await accounts.ApiClient(admin).PostAsync($"/api/identity/users/{leaving}/disable", null);

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        clock.Advance(TimeSpan.FromSeconds(61));
        Assert.False(await IsSignedInAsync(session));
        var again = await new BrowserSession(host).StaffLoginAsync("leaving", TestAccounts.Password);
        Assert.Contains("вхід тимчасово заблоковано", await again.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NoContent, (await accounts.ApiClient(admin).PostAsync($"/api/identity/users/{leaving}/enable", null)).StatusCode);
        Assert.Equal("/desk", BrowserSession.Location(await new BrowserSession(host).StaffLoginAsync("leaving", TestAccounts.Password)));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_even_for_a_kept_copy_of_its_cookie()
    {
        await new TestAccounts(host).StaffAsync("leaver", CnapRoles.Administrator);
        var session = new BrowserSession(host);
        var signedIn = await session.StaffLoginAsync("leaver", TestAccounts.Password);
        var kept = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        kept.DefaultRequestHeaders.Add("Cookie", signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cnap.session=")).Split(';')[0]);
        Assert.Equal(HttpStatusCode.NotFound, (await kept.GetAsync($"/api/cases/{Guid.NewGuid()}/access-log")).StatusCode);
        // The sign-out form's token, taken from a staff page (the first hidden token: every form on the page carries the same one).
        var page = await (await session.Client.GetAsync("/desk/cases")).Content.ReadAsStringAsync();
        var token = BrowserSession.HiddenFields(page).First(f => f.Key == "__RequestVerificationToken");

        var signedOut = await session.Client.PostAsync("/account/logout", new FormUrlEncodedContent([token]));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await kept.GetAsync($"/api/cases/{Guid.NewGuid()}/access-log")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_a_bad_request_and_keeps_the_session()
    {
        var session = await SignedInAsync("forgetful");

        var refused = await session.Client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True(await IsSignedInAsync(session));
    }

    [Fact]
    public async Task A_signed_in_api_change_from_a_foreign_page_or_without_a_JSON_body_is_refused()
    {
        var session = await SignedInAsync("csrf");

        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "text/plain") };
        foreign.Headers.Add("Origin", "https://evil.example");
        using var bodiless = new HttpRequestMessage(HttpMethod.Post, "/api/workflows/definitions/x/publish");
        bodiless.Headers.Add("Origin", "https://evil.example");
        using var plain = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "text/plain") };
        plain.Headers.Add("Origin", "http://localhost");
        using var json = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json") };
        json.Headers.Add("Origin", "http://localhost");

        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.SendAsync(foreign)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.SendAsync(bodiless)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.SendAsync(plain)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await session.Client.SendAsync(json)).StatusCode);
    }

    private async Task<BrowserSession> SignedInAsync(string login)
    {
        await new TestAccounts(host).StaffAsync(login, CnapRoles.Administrator);
        var session = new BrowserSession(host);
        Assert.Equal("/desk", BrowserSession.Location(await session.StaffLoginAsync(login, TestAccounts.Password)));
        Assert.True(await IsSignedInAsync(session));
        return session;
    }

    private async Task<string> FindAsync(string login)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<CnapUser>>();
        return (await users.FindByNameAsync(login))!.Id;
    }

    /// <summary>An unknown case's access log: "not found" to someone signed in, 401 to nobody.</summary>
    private static async Task<bool> IsSignedInAsync(BrowserSession session) =>
        (await session.Client.GetAsync($"/api/cases/{Guid.NewGuid()}/access-log")).StatusCode switch
        {
            HttpStatusCode.NotFound => true,
            HttpStatusCode.Unauthorized => false,
            var other => throw new InvalidOperationException($"unexpected {other}"),
        };
}
