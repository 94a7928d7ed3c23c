using System.Net;
using System.Text.Json;
using Cnap.Testing;

namespace Cnap.Host.Tests.Foundation;

public sealed class SmokeTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Host_boots_migrates_and_serves_every_area(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        var client = host.CreateClient();

        var health = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

        // The staff areas ask for sign-in first (Foundation/AreaTests signs in and opens them).
        var direct = host.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var path in new[] { "/desk", "/studio" })
            Assert.StartsWith("/staff/login?returnUrl=", (await direct.GetAsync(path)).Headers.Location?.OriginalString);
        foreach (var path in new[] { "/", "/staff/login" })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<html lang=\"uk\"", await page.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task OpenApi_document_and_reference_page_are_served()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(database);
        var client = host.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString());
        var docs = await client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("openapi/v1.json", await docs.Content.ReadAsStringAsync());
    }
}
