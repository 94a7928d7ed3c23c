using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Portal;

[Collection(BrowserCollection.Name)]
public sealed class ServiceCatalogueInBrowserTests(Browser browser) : IAsyncLifetime
{
    private LiveHost host = null!;

    public async Task InitializeAsync() => host = await LiveHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_citizen_on_a_phone_without_JavaScript_finds_a_service_and_reads_its_card()
    {
        var page = await browser.NewPageAsync(host.BaseAddress, phone: true, javaScript: false);
        await page.SetViewportSizeAsync(375, 812);
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Головне меню" }).GetByRole(AriaRole.Link, new() { Name = "Послуги" }).ClickAsync();
        Assert.Equal("Послуги", await page.Locator("h1").InnerTextAsync());
        await AssertFitsAsync(page);
        await AssertHeadingsInOrderAsync(page);
        await Browser.ScreenshotAsync(page, "services-list-phone");

        var search = page.GetByLabel("Назва або код послуги");
        await search.FillAsync("ПАСПОРТ кордон");
        // Enter on the field itself, which focuses it first (a page-level key press went nowhere once under load).
        await search.PressAsync("Enter");
        await page.WaitForURLAsync("**/services?q=*");

        Assert.Equal("Знайдено послуг: 1", (await page.GetByTestId("result-count").InnerTextAsync()).Trim());
        Assert.Equal("ПАСПОРТ кордон", await page.GetByLabel("Назва або код послуги").InputValueAsync());
        await Browser.ScreenshotAsync(page, "services-search-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "Оформлення і видача паспорта громадянина України для виїзду за кордон" }).ClickAsync();

        Assert.EndsWith("/services/passport-abroad", page.Url);
        Assert.Equal("Оформлення і видача паспорта громадянина України для виїзду за кордон", await page.Locator("h1").InnerTextAsync());
        var card = page.GetByTestId("service-card");
        foreach (var heading in new[] { "Що взяти з собою", "Строк і вартість", "Результат", "Як розглядають заяву", "Підстави для відмови", "Правові підстави" })
            Assert.True(await card.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 }).IsVisibleAsync(), $"no section «{heading}»");
        Assert.Contains("робочих днів", await page.GetByTestId("term").InnerTextAsync());
        Assert.Contains("грн", await page.GetByTestId("fee").InnerTextAsync());
        await AssertFitsAsync(page);
        await AssertHeadingsInOrderAsync(page);
        await Browser.ScreenshotAsync(page, "service-card-phone");
    }

    [Fact]
    public async Task The_catalogue_filters_by_section_and_reads_in_English()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.GotoAsync("/services");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync("**/services");
        Assert.Equal("Services", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        await page.GetByLabel("Section").SelectOptionAsync(new SelectOptionValue { Label = "Документи дозвільного характеру" });
        await page.GetByLabel("Who it is for").SelectOptionAsync("business");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var headings = await page.Locator("main h2:not(.visually-hidden)").AllInnerTextsAsync();
        Assert.Equal(["Документи дозвільного характеру"], headings);
        await Browser.ScreenshotAsync(page, "services-filtered-en");

        await page.GetByRole(AriaRole.Link, new() { Name = "Видача дозволу на розміщення зовнішньої реклами" }).ClickAsync();

        Assert.Equal("uk", await page.Locator("h1").GetAttributeAsync("lang"));
        Assert.Equal("10 working days", await page.GetByTestId("term").InnerTextAsync());
        Assert.Equal("free of charge", await page.GetByTestId("fee").InnerTextAsync());
        Assert.True(await page.GetByText("Silent consent applies").IsVisibleAsync());
        Assert.True(await page.GetByText("Погодження з управлінням архітектури").IsVisibleAsync());
        await Browser.ScreenshotAsync(page, "service-card-en");
    }

    [Fact]
    public async Task An_unknown_service_is_a_not_found_page()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);

        var response = await page.GotoAsync("/services/no-such-service");

        Assert.Equal(404, response!.Status);
        Assert.Equal("Сторінку не знайдено", await page.Locator("h1").InnerTextAsync());
    }

    /// <summary>One h1, and no level skipped on the way down (a screen reader's outline of the page).</summary>
    private static async Task AssertHeadingsInOrderAsync(IPage page)
    {
        var levels = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('main h1, main h2, main h3, main h4')].map(h => +h.tagName[1])");
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Length; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading h{levels[i]} follows h{levels[i - 1]}");
    }

    private static async Task AssertFitsAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"the page scrolls sideways on a phone ({scrollWidth}px)");
    }
}
