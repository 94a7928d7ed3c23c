using System.Net;
using Cnap.Host.Identity;
using Cnap.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Identity.EIdentification;

public sealed class EIdentificationTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private CnapHostFactory cnap = null!;
    private LoopbackOidcProvider provider = null!;
    private Uri cnapAddress = null!;

    public async Task InitializeAsync()
    {
        var port = LoopbackOidcProvider.FreePort();
        cnapAddress = new Uri($"http://127.0.0.1:{port}/");
        provider = await LoopbackOidcProvider.StartAsync(new Uri(cnapAddress, "/signin-eid"));
        database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        cnap = new CnapHostFactory(database);
        cnap.Settings["Identity:EIdentification:Enabled"] = "true";
        cnap.Settings["Identity:EIdentification:Authority"] = provider.Authority.ToString();
        cnap.Settings["Identity:EIdentification:ClientId"] = LoopbackOidcProvider.ClientId;
        cnap.Settings["Identity:EIdentification:ClientSecret"] = LoopbackOidcProvider.ClientSecret;
        cnap.Settings["Identity:EIdentification:RequireHttps"] = "false";
        cnap.UseKestrel(port);
        cnap.StartServer();
    }

    public async Task DisposeAsync()
    {
        await cnap.DisposeAsync();
        await database.DisposeAsync();
        await provider.DisposeAsync();
    }

    [Fact]
    public async Task Citizen_signs_in_through_the_authorization_code_flow_and_gets_an_account_with_the_verified_tax_number()
    {
        using var browser = Browser();

        var landing = await browser.GetAsync(new Uri(cnapAddress, "/account/eid?returnUrl=%2Fcabinet"));

        Assert.Equal(new Uri(cnapAddress, "/cabinet").AbsolutePath, landing.RequestMessage!.RequestUri!.AbsolutePath);
        var user = await FindByTaxNumberAsync("3012345678");
        Assert.NotNull(user);
        Assert.Equal(AccountKind.Citizen, user.Kind);
        Assert.Equal("Тарас Шевченко", user.DisplayName);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(new Uri(cnapAddress, $"/api/cases/{Guid.NewGuid()}/access-log"))).StatusCode);
    }

    [Fact]
    public async Task The_same_person_signing_in_again_reuses_the_account()
    {
        using (var first = Browser())
            await first.GetAsync(new Uri(cnapAddress, "/account/eid"));
        using var second = Browser();

        await second.GetAsync(new Uri(cnapAddress, "/account/eid"));

        await using var scope = cnap.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnapUser>>();
        Assert.Single(users.Users.Where(u => u.VerifiedTaxNumber == "3012345678"));
    }

    [Fact]
    public async Task Without_the_provider_the_sign_in_page_offers_no_e_identification()
    {
        await using var other = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var plain = new CnapHostFactory(other);

        var page = await plain.CreateClient().GetStringAsync("/account/login");

        Assert.DoesNotContain("ID.GOV.UA", page);
        Assert.Contains("ID.GOV.UA", await Browser().GetStringAsync(new Uri(cnapAddress, "/account/login")));
    }

    private static HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = true, UseCookies = true, CookieContainer = new CookieContainer(), MaxAutomaticRedirections = 20 });

    private async Task<CnapUser?> FindByTaxNumberAsync(string taxNumber)
    {
        await using var scope = cnap.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnapUser>>();
        return users.Users.SingleOrDefault(u => u.VerifiedTaxNumber == taxNumber);
    }
}
