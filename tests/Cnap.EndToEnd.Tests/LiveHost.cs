using System.Net;
using System.Net.Sockets;
using Cnap.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cnap.EndToEnd.Tests;

/// <summary>The real host on Kestrel at a free loopback port, so a real browser can reach it.</summary>
public sealed class LiveHost : WebApplicationFactory<Program>
{
    private readonly TestDatabase database;

    private LiveHost(TestDatabase database) => this.database = database;

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<LiveHost> StartAsync(DatabaseKind kind = DatabaseKind.Sqlite, bool demoData = false)
    {
        var host = new LiveHost(await TestDatabase.CreateAsync(kind)) { DemoData = demoData };
        var port = FreePort();
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        host.StartServer();
        host.BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private bool DemoData { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:Cnap", database.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", DemoData ? "true" : "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
