using Cnap.Host.Data;

namespace Cnap.Host.Catalogue;

public static class CatalogueSetup
{
    public static void AddCnapCatalogue(this WebApplicationBuilder builder) =>
        builder.Services.AddScoped<IStartupSeeder, CatalogueSeeder>();
}
