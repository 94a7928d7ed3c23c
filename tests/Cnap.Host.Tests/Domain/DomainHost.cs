using Cnap.Host.Data;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Domain;

/// <summary>The host over a fresh database of the given kind, migrated at start; hands out contexts.</summary>
internal sealed class DomainHost : IAsyncDisposable
{
    private DomainHost(TestDatabase database, CnapHostFactory factory)
    {
        Database = database;
        Factory = factory;
    }

    public TestDatabase Database { get; }

    public CnapHostFactory Factory { get; }

    public IDbContextFactory<CnapDbContext> Contexts => Factory.Services.GetRequiredService<IDbContextFactory<CnapDbContext>>();

    public static async Task<DomainHost> StartAsync(DatabaseKind kind, bool demo = false)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var factory = new CnapHostFactory(database);
        factory.Settings["Database:SeedDemoData"] = demo ? "true" : "false";
        _ = factory.Services;
        return new DomainHost(database, factory);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
