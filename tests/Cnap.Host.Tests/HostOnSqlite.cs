using Cnap.Testing;

namespace Cnap.Host.Tests;

/// <summary>
/// A test class whose every test gets a fresh SQLite database and the real host on it, both disposed after the test.
/// A class gives its settings in <see cref="Configure"/>; <see cref="StartsAtOnce"/> boots the host (and its start-up
/// seeding) before the test begins.
/// </summary>
public abstract class HostOnSqlite : IAsyncLifetime
{
    private TestDatabase? database;

    protected CnapHostFactory Host { get; private set; } = null!;

    protected virtual bool StartsAtOnce => false;

    protected virtual void Configure(IDictionary<string, string?> settings)
    {
    }

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        Host = new CnapHostFactory(database);
        Configure(Host.Settings);
        if (StartsAtOnce)
            _ = Host.Server;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        if (database is not null)
            await database.DisposeAsync();
    }
}
