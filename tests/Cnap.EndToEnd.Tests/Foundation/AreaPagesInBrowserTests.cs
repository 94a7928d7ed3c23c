namespace Cnap.EndToEnd.Tests.Foundation;

[Collection(BrowserCollection.Name)]
public sealed class AreaPagesInBrowserTests(Browser browser) : IAsyncLifetime
{
    private LiveHost host = null!;

    public async Task InitializeAsync() => host = await LiveHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Portal_works_on_a_phone_with_JavaScript_off()
    {
        var page = await browser.NewPageAsync(host.BaseAddress, phone: true, javaScript: false);

        await page.GotoAsync("/");

        Assert.Equal("Чим ми можемо допомогти?", await page.Locator("h1").InnerTextAsync());
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"the page scrolls sideways on a phone ({scrollWidth}px)");
        await Browser.ScreenshotAsync(page, "portal-home-phone");
    }

    [Fact]
    public async Task Keyboard_user_reaches_the_skip_link_first()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Перейти до основного вмісту", await page.EvaluateAsync<string>("document.activeElement.textContent"));
    }

    [Fact]
    public async Task Desk_becomes_interactive_and_switches_to_English()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.OpenAsAsync(host, Cnap.Host.Identity.CnapRoles.Administrator, "/desk");
        await Browser.ScreenshotAsync(page, "desk-home");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync("**/desk");

        Assert.Equal("Service centre desk", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task Navigating_inside_the_app_to_a_page_the_role_does_not_open_says_so_instead_of_showing_it()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.OpenAsAsync(host, Cnap.Host.Identity.CnapRoles.ProviderOfficer, "/desk");

        await page.EvaluateAsync("() => Blazor.navigateTo('/studio')");

        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=no-access]")).ToBeVisibleAsync();
        Assert.NotEqual("Студія технологічних карток", await page.Locator("h1").InnerTextAsync());
        await Browser.ScreenshotAsync(page, "no-access");
    }

    [Fact]
    public async Task Studio_opens_with_its_own_navigation()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);

        await page.OpenAsAsync(host, Cnap.Host.Identity.CnapRoles.Methodologist, "/studio");

        Assert.Equal("Студія технологічних карток", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByRole(Microsoft.Playwright.AriaRole.Navigation, new() { Name = "Розділи студії" }).IsVisibleAsync());
        await Browser.ScreenshotAsync(page, "studio-home");
    }
}
