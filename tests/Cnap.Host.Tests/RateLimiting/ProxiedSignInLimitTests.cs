using System.Net;
using Cnap.Host.Identity;
using Cnap.Host.Tests.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.RateLimiting;

/// <summary>
/// Behind the reverse proxy every request arrives from the proxy's address; the client's is in X-Forwarded-For, to be
/// believed from the configured proxy only. Each request here says which socket address it came from (X-Test-Peer).
/// </summary>
public sealed class ProxiedSignInLimitTests : HostOnSqlite
{
    private const string Proxy = "10.0.0.1";

    protected override bool StartsAtOnce => false;

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["ForwardedHeaders:KnownProxies:0"] = Proxy;
        settings["RateLimits:Login:PermitLimit"] = "5";
        settings["RateLimits:Login:Window"] = "00:10:00";
        settings["RateLimits:LoginPerAccount:PermitLimit"] = "2";
        settings["RateLimits:LoginPerAccount:Window"] = "00:10:00";
        settings["Identity:RequireStaffTwoFactor"] = "false";
    }

    [Fact]
    public async Task Clients_behind_the_proxy_have_their_own_limits_per_address_and_per_account()
    {
        var host = Host.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerFromHeader>()));
        var accounts = new TestAccounts(host);
        await accounts.StaffAsync("first.account", CnapRoles.Administrator);
        await accounts.StaffAsync("second.account", CnapRoles.Administrator);
        var alice = Client(host, "203.0.113.1");
        var bob = Client(host, "203.0.113.2");

        Assert.DoesNotContain(TooMany, await TryAsync(alice, "first.account"));
        Assert.DoesNotContain(TooMany, await TryAsync(alice, "first.account"));
        Assert.Contains(TooMany, await TryAsync(alice, "first.account"));
        Assert.DoesNotContain(TooMany, await TryAsync(alice, "second.account"));
        Assert.DoesNotContain(TooMany, await TryAsync(bob, "first.account"));
        Assert.Equal(HttpStatusCode.OK, (await alice.StaffLoginAsync("second.account", "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await alice.StaffLoginAsync("second.account", "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bob.StaffLoginAsync("second.account", "wrong")).StatusCode);

        // Someone not behind the proxy cannot pick an address: claiming Alice's spent one, their own socket address counts.
        var spoofer = Client(host, "198.51.100.7", peer: "198.51.100.7");
        Assert.Equal(HttpStatusCode.OK, (await SpoofAsync(spoofer, "203.0.113.1")).StatusCode);
    }

    private const string TooMany = "Забагато спроб входу";

    private static async Task<string> TryAsync(BrowserSession session, string login) =>
        await (await session.StaffLoginAsync(login, "wrong password")).Content.ReadAsStringAsync();

    private static async Task<HttpResponseMessage> SpoofAsync(BrowserSession session, string claimed)
    {
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", claimed);
        return await session.StaffLoginAsync("second.account", "wrong");
    }

    private static BrowserSession Client(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> host, string client, string peer = Proxy)
    {
        var session = new BrowserSession(host);
        session.Client.DefaultRequestHeaders.Add("X-Test-Peer", peer);
        if (peer == Proxy)
            session.Client.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return session;
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers["X-Test-Peer"].ToString() is { Length: > 0 } p ? p : "127.0.0.1");
                return then(context);
            });
            next(app);
        };
    }
}
