using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cnap.Domain.Catalogue;
using Cnap.Host.Catalogue.Api;
using Cnap.Host.Data;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Catalogue;

public sealed class CatalogueApiTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Categories_come_in_display_order_with_their_service_counts(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);

        var categories = await host.CreateClient().GetFromJsonAsync<List<CategoryResponse>>("/api/catalogue/categories");

        Assert.NotNull(categories);
        Assert.Equal("RESIDENCE", categories[0].Code);
        Assert.Equal("Реєстрація місця проживання", categories[0].Name);
        Assert.Equal(await CountInDatabaseAsync(host), categories.Sum(c => c.Services));
        Assert.All(categories, c => Assert.True(c.Services > 0, $"{c.Code} is empty"));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_list_holds_every_service_by_category_with_the_normal_term_and_fee(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);

        var services = await host.CreateClient().GetFromJsonAsync<List<ServiceSummaryResponse>>("/api/catalogue/services");

        Assert.NotNull(services);
        Assert.Equal(await CountInDatabaseAsync(host), services.Count);
        Assert.True(services.Count >= 40, $"only {services.Count} services");
        Assert.Equal("RESIDENCE", services[0].Category);
        var idCard = services.Single(s => s.Code == "id-card");
        Assert.Equal(("PASSPORTS", "citizens", 20, "workingDays", "20 робочих днів", 372m, "372 грн", true),
            (idCard.Category, idCard.Audience, idCard.Term.Value, idCard.Term.Unit, idCard.Term.Text, idCard.Fee.Amount, idCard.Fee.Text, idCard.HasUrgentVariant));
        var advertising = services.Single(s => s.Code == "outdoor-advertising-permit");
        Assert.True(advertising.SilentConsent);
        Assert.Equal(("01117", "10 робочих днів", "безоплатно"), (advertising.RegisterCode, advertising.Term.Text, advertising.Fee.Text));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Search_in_Cyrillic_ignores_case_and_the_way_the_apostrophe_is_typed(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        var client = host.CreateClient();

        var passports = await client.GetFromJsonAsync<List<ServiceSummaryResponse>>("/api/catalogue/services?q=" + Uri.EscapeDataString("ПАСПОРТ"));
        var landscaping = await client.GetFromJsonAsync<List<ServiceSummaryResponse>>("/api/catalogue/services?q=" + Uri.EscapeDataString("обʼєктів благоустрою"));
        var twoWords = await client.GetFromJsonAsync<List<ServiceSummaryResponse>>("/api/catalogue/services?q=" + Uri.EscapeDataString("паспорт кордон"));
        var byRegisterCode = await client.GetFromJsonAsync<List<ServiceSummaryResponse>>("/api/catalogue/services?q=01117");
        var nothing = await client.GetFromJsonAsync<List<ServiceSummaryResponse>>("/api/catalogue/services?q=" + Uri.EscapeDataString("космодром"));

        Assert.Contains(passports!, s => s.Code == "id-card");
        Assert.Contains(passports!, s => s.Code == "passport-abroad");
        Assert.All(passports!, s => Assert.Contains("паспорт", s.Name, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["landscaping-works-permit"], landscaping!.Select(s => s.Code));
        Assert.Equal(["passport-abroad"], twoWords!.Select(s => s.Code));
        Assert.Equal(["outdoor-advertising-permit"], byRegisterCode!.Select(s => s.Code));
        Assert.Empty(nothing!);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Category_and_audience_filter_the_list_and_services_for_both_count_for_each(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        var client = host.CreateClient();

        var permits = await client.GetFromJsonAsync<List<ServiceSummaryResponse>>("/api/catalogue/services?category=permits");
        var permitsForBusiness = await client.GetFromJsonAsync<List<ServiceSummaryResponse>>("/api/catalogue/services?category=PERMITS&audience=business");
        var permitsForCitizens = await client.GetFromJsonAsync<List<ServiceSummaryResponse>>("/api/catalogue/services?category=PERMITS&audience=citizens");
        var invalid = await client.GetAsync("/api/catalogue/services?audience=aliens");

        Assert.All(permits!, s => Assert.Equal("PERMITS", s.Category));
        Assert.Equal(permits!.Count, permitsForBusiness!.Count);
        Assert.Contains(permitsForCitizens!, s => s.Code == "tree-felling-permit");
        Assert.DoesNotContain(permitsForCitizens!, s => s.Code == "outdoor-advertising-permit");
        Assert.All(permitsForCitizens!, s => Assert.Equal("citizensAndBusiness", s.Audience));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<int> CountInDatabaseAsync(CnapHostFactory host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CnapDbContext>().Set<AdministrativeService>().CountAsync();
    }
}
