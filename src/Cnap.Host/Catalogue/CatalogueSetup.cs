using Cnap.Host.Catalogue.Api;
using Cnap.Host.Data;

namespace Cnap.Host.Catalogue;

public static class CatalogueSetup
{
    public static void AddCnapCatalogue(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IStartupSeeder, CatalogueSeeder>();
        builder.Services.AddScoped<CatalogueWording>();
        builder.Services.AddScoped<CatalogueReader>();
        builder.Services.AddScoped<ServiceCardReader>();
    }

    public static void MapCnapCatalogue(this WebApplication app) => app.MapCatalogueApi();
}
