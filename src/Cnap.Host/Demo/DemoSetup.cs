using Cnap.Host.Data;

namespace Cnap.Host.Demo;

public static class DemoSetup
{
    /// <summary>Registers the demo seeders; they run only when <c>Database:SeedDemoData</c> is on.</summary>
    public static void AddCnapDemoData(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<IStartupSeeder, DemoOrganisationSeeder>();
        builder.Services.AddScoped<IStartupSeeder, DemoProvisionSeeder>();
    }
}
