using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Studio;

/// <summary>Gestures on the designer's X6 canvas, made with the real mouse as a methodologist makes them.</summary>
public static class StudioCanvas
{
    public static ILocator Node(this IPage page, string id) => page.Locator($"[data-testid=canvas] g[data-cell-id=\"{id}\"]");

    /// <summary>The page is prerendered first: typing before the interactive circuit is up would be lost.</summary>
    public static async Task WaitForCircuitAsync(this IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    public static async Task WaitForCanvasAsync(this IPage page, int nodes)
    {
        await page.WaitForCircuitAsync();
        await page.Locator("[data-testid=canvas] g.x6-node").Nth(nodes - 1).WaitForAsync();
    }

    /// <summary>Drags a picker item onto the canvas at an offset from its top-left corner.</summary>
    public static async Task DropActivityAsync(this IPage page, string type, float x, float y)
    {
        await page.Locator($"[data-testid=\"pick-{type}\"]").DragToAsync(page.Locator("[data-testid=canvas]"), new() { TargetPosition = new() { X = x, Y = y } });
    }

    /// <summary>Draws a connection from an outcome port of one node to the input port of another.</summary>
    public static async Task ConnectAsync(this IPage page, string source, string outcome, string target)
    {
        var from = await Centre(page.Node(source).Locator($"[port=\"out:{outcome}\"]"));
        var to = await Centre(page.Node(target).Locator("[port=\"in\"]"));
        await page.Mouse.MoveAsync(from.X, from.Y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync((from.X + to.X) / 2, (from.Y + to.Y) / 2, new() { Steps = 5 });
        await page.Mouse.MoveAsync(to.X, to.Y, new() { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    public static async Task SelectNodeAsync(this IPage page, string id)
    {
        var centre = await Centre(page.Node(id).Locator("rect").First);
        await page.Mouse.ClickAsync(centre.X, centre.Y);
    }

    public static async Task<(float X, float Y)> Centre(ILocator element)
    {
        await element.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException("the element has no box");
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    /// <summary>No serious or critical axe violation on the page, then a screenshot to look at.</summary>
    public static async Task CheckPageAsync(this IPage page, string name)
    {
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")));
        await Browser.ScreenshotAsync(page, name);
    }
}
