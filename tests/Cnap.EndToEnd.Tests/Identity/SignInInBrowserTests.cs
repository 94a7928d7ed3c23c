using Cnap.Host.Identity.Demo;
using Microsoft.Playwright;
using OtpNet;

namespace Cnap.EndToEnd.Tests.Identity;

[Collection(BrowserCollection.Name)]
public sealed class SignInInBrowserTests(Browser browser) : IAsyncLifetime
{
    private LiveHost host = null!;

    public async Task InitializeAsync() => host = await LiveHost.StartAsync(demoData: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Staff_member_signs_in_with_password_and_TOTP_code_and_signs_out()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/staff/login");
        await Browser.ScreenshotAsync(page, "staff-login");

        await page.GetByLabel("Логін").FillAsync(DemoStaff.TotpUser);
        await page.GetByLabel("Пароль").FillAsync(DemoStaff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/login/2fa**");
        await Browser.ScreenshotAsync(page, "staff-login-2fa");

        await page.GetByLabel("Код").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Підтвердити" }).ClickAsync();
        Assert.Contains("Невірний або застарілий код.", await page.Locator("[role=alert]").InnerTextAsync());

        await page.GetByLabel("Код").FillAsync(new Totp(Base32Encoding.ToBytes(DemoStaff.TotpKey)).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Підтвердити" }).ClickAsync();
        await page.WaitForURLAsync("**/desk");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        Assert.True(await page.GetByText("Андрій Адміністратор").IsVisibleAsync());
        await Browser.ScreenshotAsync(page, "desk-signed-in");

        await page.GetByRole(AriaRole.Button, new() { Name = "Вийти" }).ClickAsync();
        await page.WaitForURLAsync("**/staff/login");
    }

    [Fact]
    public async Task Staff_sign_in_works_with_JavaScript_off()
    {
        var page = await browser.NewPageAsync(host.BaseAddress, javaScript: false);
        await page.GotoAsync("/staff/login?returnUrl=%2Fstudio");

        await page.GetByLabel("Логін").FillAsync("methodologist");
        await page.GetByLabel("Пароль").FillAsync(DemoStaff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();

        await page.WaitForURLAsync("**/studio");
    }

    [Fact]
    public async Task Citizen_sign_in_and_sign_up_pages_fit_a_phone_in_the_portal_look()
    {
        var page = await browser.NewPageAsync(host.BaseAddress, phone: true, javaScript: false);

        await page.GotoAsync("/account/login");
        Assert.Equal("Вхід до електронного кабінету", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("header.site-header").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
        await Browser.ScreenshotAsync(page, "citizen-login-phone");

        await page.GetByLabel("Електронна пошта або телефон").FillAsync(DemoStaff.CitizenEmail);
        await page.GetByLabel("Пароль").FillAsync(DemoStaff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await page.WaitForURLAsync(host.BaseAddress.ToString());
        Assert.True(await page.GetByText(DemoStaff.CitizenName).IsVisibleAsync());

        await page.GotoAsync("/account/register");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390);
        await Browser.ScreenshotAsync(page, "citizen-register-phone");
    }

    [Fact]
    public async Task Pages_switch_to_English()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/culture/en?returnUrl=%2Fstaff%2Flogin");

        Assert.Equal("Staff sign-in", await page.Locator("h1").InnerTextAsync());
        await Browser.ScreenshotAsync(page, "staff-login-en");
    }
}
