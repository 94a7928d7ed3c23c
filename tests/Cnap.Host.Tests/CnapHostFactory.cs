using Cnap.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cnap.Host.Tests;

/// <summary>The real host over a real test database; extra settings go through <see cref="Settings"/>.</summary>
public sealed class CnapHostFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database => database;

    public Dictionary<string, string?> Settings { get; } = new();

    public string Environment { get; init; } = "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Cnap", database.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "false");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }
}
