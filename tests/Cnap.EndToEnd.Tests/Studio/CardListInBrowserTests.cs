using Cnap.Host.Identity;
using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Studio;

[Collection(BrowserCollection.Name)]
public sealed class CardListInBrowserTests(Browser browser) : IAsyncLifetime
{
    private LiveHost host = null!;

    public async Task InitializeAsync() => host = await LiveHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Methodologist_finds_a_shipped_card_opens_it_on_the_canvas_and_duplicates_it()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.OpenAsAsync(host, CnapRoles.Methodologist, "/studio/cards");
        await page.Locator("[data-testid=card-list][data-interactive=true]").WaitForAsync();
        var list = page.Locator("[data-testid=card-list]");
        await Assertions.Expect(list).ToContainTextAsync("cnap-tree-felling-permit");
        await Assertions.Expect(list.Locator("[data-testid=card-status]").First).ToHaveTextAsync("Опубліковано");
        await page.CheckPageAsync("studio-card-list");

        await page.GetByLabel("Пошук за назвою, кодом чи описом").FillAsync("зелених");
        await Assertions.Expect(list.Locator("tbody tr")).ToHaveCountAsync(1);

        await list.GetByRole(AriaRole.Link, new() { Name = "Відкрити" }).ClickAsync();
        await page.WaitForURLAsync("**/studio/cards/cnap-tree-felling-permit");
        await page.WaitForCanvasAsync(10);
        await Browser.ScreenshotAsync(page, "studio-designer-opened");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Проблеми") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Проблеми") })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Проблеми 0/\d+$"));
        await page.CheckPageAsync("studio-designer-tree-felling");
    }
}
