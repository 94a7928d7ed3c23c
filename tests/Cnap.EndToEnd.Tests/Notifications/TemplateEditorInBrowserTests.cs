using Cnap.Domain.Notifications;
using Cnap.Host.Notifications.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Notifications;

[Collection(BrowserCollection.Name)]
public sealed class TemplateEditorInBrowserTests(Browser browser) : IAsyncLifetime
{
    private LiveHost host = null!;

    public async Task InitializeAsync() => host = await LiveHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact(Skip = "Issue 10 moved template editing to the system administrator; this browser test still signs in as a centre administrator and must be rewritten")]
    public async Task Administrator_edits_an_sms_template_sees_the_preview_and_part_count_is_stopped_at_the_limit_and_saves()
    {
        var page = await browser.NewPageAsync(host.BaseAddress);
        await page.OpenAsAsync(host, Cnap.Host.Identity.CnapRoles.Administrator, "/desk/notifications/templates");
        var body = page.Locator("textarea[data-testid=template-body], [data-testid=template-body] textarea").First;
        await OpenAsync(page, "[data-testid=template-ReadyForIssue-Sms]", body);
        var parts = page.Locator("[data-testid=sms-parts]");
        var preview = page.Locator("[data-testid=preview-body]");
        await Browser.ScreenshotAsync(page, "notification-templates");
        await Assertions.Expect(parts).ToContainTextAsync("Частин SMS: 2 з 3");

        await body.FillAsync("Вітаємо, {{ Applicant.Name }}! Результат послуги «{{ Service.Name }}» за заявою №{{ Case.Number }} готовий. "
            + "Приходьте до {{ Centre.Name }} за адресою {{ Centre.Address }}; графік: {{ Centre.Hours }}. Довідки: {{ Centre.Phone }}.");
        await Assertions.Expect(parts).ToContainTextAsync("Частин SMS: 6 з 3");
        await Assertions.Expect(preview).ToContainTextAsync("Вітаємо, Олександра Костянтинівна Шевченко-Дорошенко!");
        await page.Locator("[data-testid=template-save]").ClickAsync();
        await Assertions.Expect(page.GetByText("Зі зразковими даними текст займає 6 частин SMS, а дозволено 3.")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "notification-template-too-long");

        await body.FillAsync("Результат за заявою №{{ Case.Number }} готовий. Отримати: {{ Centre.Address }}. Код: {{ Case.TrackingCode }}");
        await Assertions.Expect(parts).ToContainTextAsync("Частин SMS: 2 з 3");
        await Assertions.Expect(preview).ToHaveTextAsync(
            "Результат за заявою №ЦНАП-0001/2026/012345 готовий. Отримати: м. Київ, бульвар Тараса Шевченка, 26/4. Код: 4821-0937-5562");
        await page.Locator("[data-testid=template-save]").ClickAsync();
        await Assertions.Expect(page.GetByText("Шаблон збережено")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "notification-template-saved");

        var stored = (await host.Services.GetRequiredService<TemplateStore>().ListAsync())
            .Single(t => t is { Event: NotificationEvent.ReadyForIssue, Channel: NotificationChannel.Sms });
        Assert.Equal("Результат за заявою №{{ Case.Number }} готовий. Отримати: {{ Centre.Address }}. Код: {{ Case.TrackingCode }}", stored.Body);
    }

    // The list is pre-rendered before the page's circuit connects; a click that lands before then is lost.
    private static async Task OpenAsync(IPage page, string item, ILocator opened)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await page.Locator(item).ClickAsync();
            try
            {
                await opened.WaitForAsync(new() { Timeout = 500 });
                return;
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException)
            {
            }
        }
        throw new TimeoutException($"Clicking {item} never opened the editor");
    }
}
