using System.Text.RegularExpressions;
using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Portal;

/// <summary>Tracking a case and finding a centre in a real browser, with JavaScript on and off, over the demo region.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class TrackingInBrowserTests(Browser browser, DemoPortal demo) : IClassFixture<DemoPortal>
{
    private LiveHost host => demo.Host;

    [Theory(Skip = "Issue 14: written in stop 11 but never run to the end on the loaded shared machine; to be run and mended before it counts")]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_applicant_follows_the_link_in_their_SMS_to_the_case_status(bool javaScript)
    {
        var path = await TrackingLinkOfAnSmsAsync();
        var page = await browser.NewPageAsync(host.BaseAddress, javaScript: javaScript);

        await page.GotoAsync(path);

        Assert.Matches(@"^Справа \d{4}-\d{4}-\d{4}$", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByTestId("status-tag").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Що вже відбулося" }).IsVisibleAsync());
        Assert.EndsWith(" — Адміністративні послуги", await page.TitleAsync());
        await PortalChecks.AssertAccessibleAsync(page);
        await PortalChecks.ScreenshotsAsync(browser, page, host.BaseAddress, "tracking-case", javaScript);

        // The version for the visually impaired is the same address with larger text, kept for the next pages.
        var normalSize = await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize");
        await page.GetByRole(AriaRole.Link, new() { Name = "Версія для людей з порушеннями зору" }).ClickAsync();
        Assert.EndsWith(path, page.Url);
        Assert.Equal("24px", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize"));
        Assert.NotEqual("24px", normalSize);
        await PortalChecks.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "tracking-case-low-vision" + (javaScript ? "" : "-nojs"));
        await page.GotoAsync("/centres");
        Assert.Equal("24px", await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Звичайна версія сайту" }).ClickAsync();
        Assert.Equal(normalSize, await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize"));
    }

    [Theory(Skip = "Issue 14: written in stop 11 but never run to the end on the loaded shared machine; to be run and mended before it counts")]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_mistyped_code_on_the_home_page_gets_a_focused_error_summary_linked_to_the_field(bool javaScript)
    {
        var page = await browser.NewPageAsync(host.BaseAddress, javaScript: javaScript);
        await page.GotoAsync("/");
        await PortalChecks.AssertAccessibleAsync(page);

        var code = TrackingCode.New().Value;
        var wrong = code[..^1] + (char)('0' + (code[^1] - '0' + 3) % 10);
        await page.GetByLabel("Код справи").FillAsync($"{wrong[..4]} {wrong[4..8]}-{wrong[8..]}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Знайти справу" }).ClickAsync();
        await page.WaitForURLAsync("**/t?code=*");

        Assert.StartsWith("Помилка: ", await page.TitleAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.classList.contains('error-summary')"), "the error summary is not focused");
        var link = page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Такого коду не буває") });
        Assert.Equal("#code", await link.GetAttributeAsync("href"));
        Assert.Equal("true", await page.GetByLabel("Код справи").GetAttributeAsync("aria-invalid"));
        await PortalChecks.AssertAccessibleAsync(page);
        await PortalChecks.ScreenshotsAsync(browser, page, host.BaseAddress, "tracking-error", javaScript);

        await page.GetByLabel("Код справи").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Знайти справу" }).ClickAsync();
        Assert.Equal("Справу з таким кодом не знайдено", await page.Locator("h1").InnerTextAsync());
        await PortalChecks.AssertAccessibleAsync(page);
        await PortalChecks.ScreenshotsAsync(browser, page, host.BaseAddress, "tracking-not-found", javaScript);
    }

    [Theory(Skip = "Issue 14: written in stop 11 but never run to the end on the loaded shared machine; to be run and mended before it counts")]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_visitor_finds_a_centre_its_hours_and_services(bool javaScript)
    {
        var page = await browser.NewPageAsync(host.BaseAddress, javaScript: javaScript);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Головне меню" }).GetByRole(AriaRole.Link, new() { Name = "Центри" }).ClickAsync();

        Assert.Equal("Центри надання адміністративних послуг", await page.Locator("h1").InnerTextAsync());
        await PortalChecks.AssertAccessibleAsync(page);
        await PortalChecks.ScreenshotsAsync(browser, page, host.BaseAddress, "centres", javaScript);

        await page.GetByRole(AriaRole.Link, new() { Name = "Центр надання адміністративних послуг Кам'янської міської ради" }).ClickAsync();
        Assert.True(await page.GetByTestId("open-status").IsVisibleAsync());
        Assert.Contains("Лівобережне", await page.GetByTestId("workplaces").InnerTextAsync());
        Assert.Contains("без сходинок", await page.GetByTestId("accessibility").InnerTextAsync());
        Assert.True(await page.GetByTestId("centre-services").Locator("li").CountAsync() > 0);
        await PortalChecks.AssertAccessibleAsync(page);
        await PortalChecks.ScreenshotsAsync(browser, page, host.BaseAddress, "centre", javaScript);
    }

    private async Task<string> TrackingLinkOfAnSmsAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        var bodies = await db.Set<OutboxEntry>().AsNoTracking().Where(e => e.Channel == NotificationChannel.Sms).Select(e => e.Body).ToListAsync();
        var link = bodies.Select(b => TrackingLink().Match(b)).First(m => m.Success);
        return "/t/" + link.Groups[1].Value;
    }

    [GeneratedRegex(@"/t/(\d{12})")]
    private static partial Regex TrackingLink();
}
