using System.Net;
using Cnap.Testing;

namespace Cnap.Host.Tests.Foundation;

public sealed class AreaTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private CnapHostFactory host = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        host = new CnapHostFactory(database);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Portal_is_static_and_loads_no_MudBlazor_or_Blazor_script()
    {
        var html = await host.CreateClient().GetStringAsync("/");

        Assert.Contains("css/portal", html);
        Assert.DoesNotContain("MudBlazor", html);
        Assert.DoesNotContain("blazor.web", html);
        Assert.Contains("Чим ми можемо допомогти?", html);
    }

    [Theory]
    [InlineData("/desk", "Робоче місце ЦНАП")]
    [InlineData("/studio", "Студія технологічних карток")]
    public async Task Staff_areas_are_interactive_with_MudBlazor(string path, string heading)
    {
        var html = await host.CreateClient().GetStringAsync(path);

        Assert.Contains("_content/MudBlazor/MudBlazor.min", html);
        Assert.Contains("blazor.web", html);
        Assert.Contains(heading, html);
    }

    [Fact]
    public async Task Chosen_English_is_kept_in_a_cookie_and_used_on_the_next_page()
    {
        var client = host.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var switched = await client.GetAsync("/culture/en?returnUrl=/desk");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/desk", switched.Headers.Location?.OriginalString);

        var html = await client.GetStringAsync("/desk");
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Service centre desk", html);
    }

    [Fact]
    public async Task Culture_switch_refuses_to_redirect_off_site()
    {
        var client = host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture/en?returnUrl=//evil.example/");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_page_gets_a_Ukrainian_not_found_page_and_unknown_api_route_a_problem()
    {
        var client = host.CreateClient();

        var page = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Сторінку не знайдено", await page.Content.ReadAsStringAsync());

        var api = await client.GetAsync("/api/no-such-route");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
