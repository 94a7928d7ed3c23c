using System.Net;
using Cnap.Host.Tests.Cases.Support;
using Cnap.Testing;

namespace Cnap.Host.Tests.Portal;

/// <summary>The public centre pages: today's open or closed status follows the clock in Kyiv time.</summary>
public sealed class CentrePagesTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_centre_page_says_whether_it_is_open_now_by_the_Kyiv_clock(DatabaseKind kind)
    {
        // The test centre works Monday to Friday, 08:00–18:00.
        await using var host = await CaseHost.StartAsync(kind, CaseHost.Kyiv(2025, 3, 3, 7, 30));
        Assert.Contains("сьогодні відчинимо о 08:00", await host.Client.GetStringAsync($"/centres/{CaseWorld.CentreCode}"));

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 3, 10, 0));
        var page = await host.Client.GetStringAsync($"/centres/{CaseWorld.CentreCode}");
        Assert.Contains("Зараз відчинено — до 18:00", page);
        Assert.Contains("ЦНАП Тестової міської ради", page);
        Assert.Contains("01001, м. Тестове, вул. Центральна, 1", page);
        Assert.Contains("44 123 45 67", page);
        Assert.Contains("Дозвіл на розміщення зовнішньої реклами", page);

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 3, 18, 0));
        Assert.Contains("Зараз зачинено — сьогодні вже не працюємо", await host.Client.GetStringAsync($"/centres/{CaseWorld.CentreCode}"));

        host.Clock.SetUtcNow(CaseHost.Kyiv(2025, 3, 8, 12, 0));
        var saturday = await host.Client.GetStringAsync("/centres");
        Assert.Contains("Сьогодні зачинено", saturday);
        Assert.Contains("/centres/TS2", saturday);
    }

    [Fact]
    public async Task A_service_page_links_to_the_centres_that_offer_it_and_an_unknown_centre_is_not_found()
    {
        await using var host = await CaseHost.StartAsync(DatabaseKind.Sqlite, CaseHost.Kyiv(2025, 3, 3, 10, 0));

        var service = await host.Client.GetStringAsync("/services/t-advertising");
        Assert.Contains($"<a href=\"/centres/{CaseWorld.CentreCode}\">ЦНАП Тестової міської ради</a>", service);

        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/centres/NOPE")).StatusCode);
    }
}
