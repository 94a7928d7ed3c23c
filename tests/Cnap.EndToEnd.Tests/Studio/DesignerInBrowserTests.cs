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
    public async Task Methodologist_draws_a_card_by_drag_and_drop_sees_a_dangling_outcome_fixes_it_and_publishes()
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

        await page.ConnectAsync("SendToProvider1", "Done", "AwaitDecision1");
        await page.ConnectAsync("SendToProvider1", "Done", "SlaTimer1");
        await page.ConnectAsync("AwaitDecision1", "Approved", "SmsNotify1");
        await page.ConnectAsync("SlaTimer1", "Elapsed", "End1");
        await page.ConnectAsync("SmsNotify1", "Done", "IssueResult1");
        await page.ConnectAsync("IssueResult1", "Issued", "End1");
        await page.ConnectAsync("IssueResult1", "Unclaimed", "End1");
        await Assertions.Expect(edges).ToHaveCountAsync(8);

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Проблеми") }).ClickAsync();
        var dangling = page.Locator("[data-testid=problem][data-severity=Error]", new() { HasText = "'Refused' leads nowhere" });
        await Assertions.Expect(dangling).ToHaveCountAsync(1);
        await Browser.ScreenshotAsync(page, "studio-designer-dangling-outcome");
        await page.Locator("[data-testid=publish]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=designer-message]")).ToContainTextAsync("Публікацію заблоковано");

        await dangling.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=properties]")).ToContainTextAsync("AwaitDecision1");
        await page.ConnectAsync("AwaitDecision1", "Refused", "SmsNotify1");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Проблеми") }).ClickAsync();
        await Assertions.Expect(dangling).ToHaveCountAsync(0);

        await page.SelectNodeAsync("SendToProvider1");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Етап" }).FillAsync("Погодження управлінням архітектури");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Етап" }).PressAsync("Tab");
        await page.SelectNodeAsync("AwaitDecision1");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Завдання" }).FillAsync("ReviewTask");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Завдання" }).PressAsync("Tab");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new("^Проблеми") }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=problem][data-severity=Error]")).ToHaveCountAsync(0);
        await page.CheckPageAsync("studio-designer-drawn-card");

        await page.Locator("[data-testid=publish]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Опублікувати" }).Last.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=designer-message]")).ToContainTextAsync("Опубліковано версію 1");
        await Assertions.Expect(page.Locator("[data-testid=card-version]")).ToContainTextAsync("Опубліковано");
        await Browser.ScreenshotAsync(page, "studio-designer-published");
    }
}
