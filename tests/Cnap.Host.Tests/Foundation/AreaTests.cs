using System.Net;
using Cnap.Host.Identity;
using Cnap.Host.Tests.Identity;
using Cnap.Testing;

namespace Cnap.Host.Tests.Foundation;

public sealed class AreaTests : HostOnSqlite
{
    [Fact]
    public async Task Portal_is_static_and_loads_no_MudBlazor_or_Blazor_script()
    {
        var html = await Host.CreateClient().GetStringAsync("/");

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
        var session = await SignedInAsync("area.methodologist", CnapRoles.Methodologist);

        var html = await session.Client.GetStringAsync(path);

        Assert.Contains("_content/MudBlazor/MudBlazor.min", html);
        Assert.Contains("blazor.web", html);
        Assert.Contains(heading, html);
    }

    [Theory]
    [InlineData("/desk")]
    [InlineData("/studio")]
    [InlineData("/desk/notifications/outbox")]
    public async Task An_anonymous_visit_to_a_staff_page_goes_to_the_staff_sign_in_and_comes_back_after_it(string path)
    {
        await new TestAccounts(Host).StaffAsync("area.head", CnapRoles.SystemAdmin);
        var session = new BrowserSession(Host);

        var visit = await session.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        var login = BrowserSession.Location(visit);
        Assert.Equal($"/staff/login?returnUrl={Uri.EscapeDataString(path)}", login);

        var signedIn = await session.SubmitAsync(login!, ("Input.Login", "area.head"), ("Input.Password", TestAccounts.Password));
        Assert.Equal(path, BrowserSession.Location(signedIn));
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [InlineData(CnapRoles.ProviderOfficer, "/studio")]
    [InlineData(CnapRoles.Methodologist, "/desk/notifications/templates")]
    [InlineData(CnapRoles.ProviderOfficer, "/desk/notifications/outbox")]
    public async Task Staff_whose_role_does_not_fit_the_page_are_refused_it(string role, string path)
    {
        var session = await SignedInAsync("area.other", role);

        var response = await session.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/desk")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_citizen_is_not_shown_the_desk()
    {
        await new TestAccounts(Host).CitizenAsync("area.citizen@example.com");
        var session = new BrowserSession(Host);
        await session.SubmitAsync("/account/login", ("Input.Login", "area.citizen@example.com"), ("Input.Password", TestAccounts.Password));

        var response = await session.Client.GetAsync("/desk");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Робоче місце ЦНАП", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Chosen_English_is_kept_in_a_cookie_and_used_on_the_next_page()
    {
        var client = (await SignedInAsync("area.admin", CnapRoles.Administrator)).Client;

        var switched = await client.GetAsync("/culture/en?returnUrl=/desk");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/desk", switched.Headers.Location?.OriginalString);

        var html = await client.GetStringAsync("/desk");
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Service centre desk", html);
    }

    /// <summary>A staff member signed in through the real sign-in page (Development asks no second factor).</summary>
    private async Task<BrowserSession> SignedInAsync(string login, string role)
    {
        await new TestAccounts(Host).StaffAsync(login, role);
        var session = new BrowserSession(Host);
        var response = await session.StaffLoginAsync(login, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    [Fact]
    public async Task Culture_switch_refuses_to_redirect_off_site()
    {
        var client = Host.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture/en?returnUrl=//evil.example/");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_page_gets_a_Ukrainian_not_found_page_and_unknown_api_route_a_problem()
    {
        var client = Host.CreateClient();

        var page = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("Сторінку не знайдено", await page.Content.ReadAsStringAsync());

        var api = await client.GetAsync("/api/no-such-route");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
