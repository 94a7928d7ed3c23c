using Cnap.Host.Data;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Data;

/// <summary>Contexts come from a pool: a scope's context is one instance under every name, and no two live scopes share one.</summary>
public sealed class PooledContextTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_scope_hands_out_one_context_under_every_name(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(db);
        await using var scope = host.Services.CreateAsyncScope();

        var context = scope.ServiceProvider.GetRequiredService<CnapDbContext>();

        Assert.Same(context, scope.ServiceProvider.GetRequiredService<DbContext>());
        Assert.Same(context, scope.ServiceProvider.GetRequiredService(kind == DatabaseKind.Postgres ? typeof(PostgresCnapDbContext) : typeof(SqliteCnapDbContext)));
        Assert.True(await context.Database.CanConnectAsync());
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Concurrent_scopes_and_factory_contexts_never_share_an_instance(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(db);
        var factory = host.Services.GetRequiredService<IDbContextFactory<CnapDbContext>>();
        var live = new HashSet<DbContext>(ReferenceEqualityComparer.Instance);
        var clashes = 0;

        void Enter(DbContext context)
        {
            lock (live)
            {
                if (!live.Add(context))
                    clashes++;
            }
        }

        void Leave(DbContext context)
        {
            lock (live)
                live.Remove(context);
        }

        await Parallel.ForAsync(0, 3000, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            if (i % 4 == 0)
            {
                await using var own = await factory.CreateDbContextAsync();
                Enter(own);
                await own.Database.ExecuteSqlRawAsync("SELECT 1");
                Leave(own);
                return;
            }
            DbContext context;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                context = scope.ServiceProvider.GetRequiredService<DbContext>();
                Enter(context);
                await context.Database.ExecuteSqlRawAsync("SELECT 1");
                Leave(context);
            }
        });

        Assert.Equal(0, clashes);
    }

    [Fact]
    public async Task Pooled_sqlite_contexts_still_open_connections_in_wal_mode()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(db);

        for (var i = 0; i < 3; i++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
            var mode = await context.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();
            Assert.Equal("wal", Assert.Single(mode));
        }
    }
}
