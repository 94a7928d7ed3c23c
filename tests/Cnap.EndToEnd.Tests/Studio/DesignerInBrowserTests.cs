using Cnap.Host.Identity;
using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Studio;

[Collection(BrowserCollection.Name)]
public sealed class DesignerInBrowserTests(Browser browser) : IAsyncLifetime
{
    private LiveHost host = null!;

    public async Task InitializeAsync() => host = await LiveHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Methodologist_creates_a_card_drops_activities_from_the_picker_connects_them_and_undoes_and_redoes()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.SetViewportSizeAsync(1600, 1000);
        await page.OpenAsAsync(host, CnapRoles.Methodologist, "/studio/cards");
        await page.Locator("[data-testid=card-list][data-interactive=true]").WaitForAsync();
        await page.GetByLabel("Назва нової картки").FillAsync("Погодження вивіски");
        await page.Locator("[data-testid=create-card]").ClickAsync();
        await Browser.ScreenshotAsync(page, "studio-card-list-create");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/studio/cards/card-[0-9a-f]+$"));
        await page.WaitForCanvasAsync(1);

        await page.DropActivityAsync("Cnap.SendToProvider", 20, 40);
        await page.DropActivityAsync("Cnap.AwaitDecision", 280, 40);
        await page.DropActivityAsync("Cnap.SlaTimer", 540, 40);
        await page.DropActivityAsync("Cnap.SmsNotify", 20, 560);
        await page.DropActivityAsync("Cnap.IssueResult", 280, 560);
        await page.DropActivityAsync("Elsa.End", 540, 560);
        await page.WaitForCanvasAsync(7);

        var edges = page.Locator("[data-testid=canvas] g.x6-edge");
        await page.ConnectAsync("Start", "Done", "SendToProvider1");
        await Assertions.Expect(edges).ToHaveCountAsync(1);
        await page.Locator("[data-testid=canvas]").PressAsync("Control+z");
        await Assertions.Expect(edges).ToHaveCountAsync(0);
        await page.Locator("[data-testid=redo]").ClickAsync();
        await Assertions.Expect(edges).ToHaveCountAsync(1);

        await page.CheckPageAsync("studio-designer-new-card");
    }
}
