using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Desk;

[Collection(BrowserCollection.Name)]
public sealed class WorklistInBrowserTests(Browser browser) : IAsyncLifetime
{
    private LiveHost host = null!;

    public async Task InitializeAsync() => host = await LiveHost.StartAsync(demoData: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact(Skip = "Issue 12: a MudBlazor dialog stays open over the worklist and intercepts the click on the Overdue view (seen in the full suite of stop 11); to be found and fixed")]
    public async Task Administrator_lands_on_the_worklist_sees_sla_tags_and_a_views_url_reopens_with_the_same_filters()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await DeskPages.SignInAsync(page, "admin.centre1", "/desk", landsOn: "/desk/cases");
        var table = page.Locator("[data-testid=worklist]");
        await Assertions.Expect(table.Locator("[data-testid=case-link]").First).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("[data-sla=OnTrack], [data-sla=DueSoon]").First).ToBeVisibleAsync();
        await Assertions.Expect(table.Locator("[data-sla=Paused]").First).ToContainTextAsync("Призупинено");
        await DeskPages.CheckAsync(page, "desk-worklist");

        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(table.Locator("[data-testid=case-link]").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("j");
        await Assertions.Expect(table.Locator("[data-testid=case-link]").Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Locator("input#worklist-search, #worklist-search input").First).ToBeFocusedAsync();
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(page.Locator("[data-testid=shortcuts-help]")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");

        await page.Locator("[data-testid=view-Overdue]").ClickAsync();
        await page.WaitForURLAsync("**/desk/cases?view=Overdue");
        await LoadedAsync(page);
        await Assertions.Expect(table.Locator("[data-testid=sla]:not([data-sla=Overdue])")).ToHaveCountAsync(0);
        await Assertions.Expect(table.Locator("[data-sla=Overdue]").First).ToContainTextAsync("Прострочено");

        await page.Locator("[data-testid=view-AwaitingIssue]").ClickAsync();
        await page.WaitForURLAsync("**/desk/cases?view=AwaitingIssue");
        await LoadedAsync(page);
        await page.Locator("input#worklist-search, #worklist-search input").First.FillAsync("реєстрація");
        await page.Locator("[data-testid=filter-apply]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal));
        await LoadedAsync(page);
        var url = page.Url;
        var lines = await table.Locator("[data-testid=case-link]").AllInnerTextsAsync();
        Assert.NotEmpty(lines);
        await Assertions.Expect(page.Locator("[data-testid=filter-chip]")).ToContainTextAsync("реєстрація");
        await DeskPages.CheckAsync(page, "desk-worklist-filtered");

        var again = await browser.NewPageAsync(host.BaseAddress);
        await DeskPages.SignInAsync(again, "admin.centre1", new Uri(url).PathAndQuery);
        await LoadedAsync(again);
        var reopened = again.Locator("[data-testid=worklist] [data-testid=case-link]");
        await Assertions.Expect(reopened).ToHaveCountAsync(lines.Count);
        Assert.Equal(lines, await reopened.AllInnerTextsAsync());
        await Assertions.Expect(again.Locator("[data-testid=view-AwaitingIssue]")).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(again.Locator("[data-testid=filter-chip]")).ToContainTextAsync("реєстрація");

        await again.Locator("[data-testid=filter-chip] button").First.ClickAsync();
        await again.WaitForURLAsync("**/desk/cases?view=AwaitingIssue");
        await LoadedAsync(again);
        await Assertions.Expect(again.Locator("[data-testid=filter-chip]")).ToHaveCountAsync(0);
    }

    private static Task LoadedAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-testid=worklist-total]")).ToHaveAttributeAsync("data-for", new Uri(page.Url).Query);
}
