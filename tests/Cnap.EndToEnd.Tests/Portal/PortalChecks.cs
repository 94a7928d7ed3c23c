using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Portal;

/// <summary>What every Portal page must pass: axe without serious or critical findings, one h1 and no skipped heading level, no sideways scrolling.</summary>
internal static class PortalChecks
{
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")));
        var levels = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('main h1, main h2, main h3, main h4')].map(h => +h.tagName[1])");
        Assert.Equal(1, levels.Count(l => l == 1));
        for (var i = 1; i < levels.Length; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{page.Url}: heading h{levels[i]} follows h{levels[i - 1]}");
    }

    public static async Task AssertFitsAsync(IPage page)
    {
        var width = page.ViewportSize!.Width;
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} scrolls sideways at {width}px ({scrollWidth}px)");
    }

    /// <summary>Desktop and phone screenshots of the page as it is now, for a person to look at.</summary>
    public static async Task ScreenshotsAsync(Browser browser, IPage page, Uri baseAddress, string name, bool javaScript)
    {
        await Browser.ScreenshotAsync(page, name + (javaScript ? "" : "-nojs"));
        var phone = await browser.NewPageAsync(baseAddress, phone: true, javaScript: javaScript);
        await phone.GotoAsync(page.Url);
        await AssertFitsAsync(phone);
        await Browser.ScreenshotAsync(phone, name + "-phone" + (javaScript ? "" : "-nojs"));
        await phone.Context.CloseAsync();
    }
}
