using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Desk;

/// <summary>What every Desk page test does: sign in as a demo account, check accessibility, look at the page at two widths.</summary>
public static class DeskPages
{
    public const string DemoPassword = "Demo-Cnap-2026-pass";

    /// <summary>Opens <paramref name="path"/> as a seeded demo account; sign-in brings the visitor back to <paramref name="landsOn"/>.</summary>
    public static async Task SignInAsync(IPage page, string login, string path, string? landsOn = null)
    {
        // A demo host on a shared, loaded build machine can take longer than Playwright's 30 s to answer a first page.
        page.SetDefaultTimeout(90_000);
        page.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        await page.GotoAsync(path);
        await page.WaitForURLAsync("**/staff/login?returnUrl=**");
        await page.GetByLabel("Логін").FillAsync(login);
        await page.GetByLabel("Пароль").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        var target = landsOn ?? path;
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery.StartsWith(target, StringComparison.Ordinal));
        await WaitForCircuitAsync(page);
    }

    /// <summary>The staff shell marks itself once its circuit is interactive; clicks before that would be lost.</summary>
    public static async Task WaitForCircuitAsync(IPage page) =>
        await page.Locator("[data-circuit=on]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>A MudBlazor field by its test id, whether the id lands on the input or on its wrapper.</summary>
    public static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}], [data-testid={testId}] textarea").First;

    /// <summary>No serious or critical axe violation; then screenshots at 1366×768 and at a tablet's width.</summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")));
        await page.SetViewportSizeAsync(1366, 768);
        await Browser.ScreenshotAsync(page, name + "-1366");
        await page.SetViewportSizeAsync(820, 1180);
        await Browser.ScreenshotAsync(page, name + "-tablet");
        await page.SetViewportSizeAsync(1366, 768);
    }
}
