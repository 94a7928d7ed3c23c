using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;
using Cnap.Domain.Organisations;
using Cnap.Host.Cases.Registration;
using Cnap.Host.Data;
using Cnap.Host.Identity.Demo;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Cnap.EndToEnd.Tests.Portal;

/// <summary>The demo citizen's cabinet in a real browser, with JavaScript on and off.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CabinetInBrowserTests(Browser browser, DemoPortal demo) : IClassFixture<DemoPortal>
{
    private LiveHost host => demo.Host;

    [Theory(Skip = "Issue 14: written in stop 11 but never run to the end on the loaded shared machine; to be run and mended before it counts")]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_citizen_signs_in_sees_a_case_registered_at_the_counter_and_opens_it(bool javaScript)
    {
        var registered = await RegisterForTheDemoCitizenAsync();
        var page = await browser.NewPageAsync(host.BaseAddress, javaScript: javaScript);

        await page.GotoAsync("/cabinet");
        await page.WaitForURLAsync("**/account/login**");
        await page.GetByLabel("Електронна пошта або телефон").FillAsync(DemoStaff.CitizenEmail);
        await page.GetByLabel("Пароль").FillAsync(DemoStaff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Увійти" }).ClickAsync();
        await page.WaitForURLAsync("**/cabinet");

        Assert.Equal("Електронний кабінет", await page.Locator("h1").InnerTextAsync());
        await PortalChecks.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, "cabinet" + (javaScript ? "" : "-nojs"));

        await page.GetByRole(AriaRole.Link, new() { Name = registered.TrackingCode }).ClickAsync();
        Assert.Equal($"Справа {registered.TrackingCode}", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Хто переглядав мої дані" }).IsVisibleAsync());
        await PortalChecks.AssertAccessibleAsync(page);
        await PortalChecks.AssertFitsAsync(page);
        await Browser.ScreenshotAsync(page, "cabinet-case" + (javaScript ? "" : "-nojs"));
        await page.SetViewportSizeAsync(390, 844);
        await PortalChecks.AssertFitsAsync(page);
        await Browser.ScreenshotAsync(page, "cabinet-case-phone" + (javaScript ? "" : "-nojs"));
    }

    private async Task<RegisteredCase> RegisterForTheDemoCitizenAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        var centre = await db.Set<ServiceCentre>().AsNoTracking().SingleAsync(c => c.Code == "DNP01");
        var service = await db.Set<AdministrativeService>().AsNoTracking().SingleAsync(s => s.Code == "outdoor-advertising-permit");
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterCase(
            centre.Id, service.Id, null, null,
            Applicant.Person(new PersonName("Коваленко", "Марія"), null, PhoneNumber.Parse("0501112233"), EmailAddress.Parse(DemoStaff.CitizenEmail)),
            ApplicationChannel.Counter, [new SubmittedDocument("Заява", DocumentForm.Original, 1)], ResultDelivery.InPerson,
            new NotificationConsent(false, true), new Actor("test", "Адміністратор")));
    }
}
