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
        await page.GotoAsync(path);
        await page.WaitForURLAsync("**/staff/login?returnUrl=**");
        await page.GetByLabel("Логін").FillAsync(login);
        await page.GetByLabel("Пароль").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        var target = landsOn ?? path;
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery.StartsWith(target, StringComparison.Ordinal));
        await WaitForCircuitAsync(page);
    }

    public static async Task WaitForCircuitAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

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
