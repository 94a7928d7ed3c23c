using System.Net.Http.Json;
using Cnap.Host.Catalogue.Api;
using Cnap.Testing;

namespace Cnap.Host.Tests.Catalogue;

public sealed class ServiceProvidersApiTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_card_names_who_provides_the_service_region_wide_first_then_per_community(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        host.Settings["Database:SeedDemoData"] = "true";
        var client = host.CreateClient();

        var residence = await client.GetFromJsonAsync<ServiceCardResponse>("/api/catalogue/services/residence-registration");
        var passport = await client.GetFromJsonAsync<ServiceCardResponse>("/api/catalogue/services/id-card");

        Assert.Equal(3, residence!.Providers.Count);
        Assert.All(residence.Providers, p => Assert.False(string.IsNullOrWhiteSpace(p.Community)));
        Assert.All(residence.Providers, p => Assert.False(string.IsNullOrWhiteSpace(p.Unit)));
        Assert.Equal(2, residence.Providers.Select(p => p.Id).Distinct().Count());
        var migration = Assert.Single(passport!.Providers);
        Assert.Null(migration.Community);
        Assert.False(string.IsNullOrWhiteSpace(migration.Name));
    }
}
