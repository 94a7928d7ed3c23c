using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cnap.Host.Data;

public static class DatabaseSetup
{
    public static void AddCnapDatabase(this WebApplicationBuilder builder)
    {
        var settings = DatabaseSettings.Read(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(settings);
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection(DatabaseOptions.Section));

        // Pooled: a request, a workflow transition or a job reuses a context (its services, change tracker and connection
        // wrapper) instead of building one. The scope's context is rented through EF's scoped lease (registered first, so
        // that it also serves the provider type) from the same pool as the factory's: the scope returns it exactly once,
        // however many registrations hand it out. A factory-made scoped context would be disposed once per alias and
        // could go back to the pool twice, to be rented by two scopes at once.
        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContextPool<CnapDbContext, PostgresCnapDbContext>(o => ConfigurePostgres(o, settings.ConnectionString));
                builder.Services.AddPooledDbContextFactory<PostgresCnapDbContext>(_ => { });
                builder.Services.AddSingleton<IDbContextFactory<CnapDbContext>, CnapDbContextFactory<PostgresCnapDbContext>>();
                break;
            default:
                builder.Services.AddDbContextPool<CnapDbContext, SqliteCnapDbContext>(o => ConfigureSqlite(o, settings.ConnectionString));
                builder.Services.AddPooledDbContextFactory<SqliteCnapDbContext>(_ => { });
                builder.Services.AddSingleton<IDbContextFactory<CnapDbContext>, CnapDbContextFactory<SqliteCnapDbContext>>();
                break;
        }
        builder.Services.AddScoped<DbContext>(sp => sp.GetRequiredService<CnapDbContext>());
    }

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations"));

    internal static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__ef_migrations"))
            .AddInterceptors(new SqlitePragmas());

    /// <summary>Builds a provider connection string or throws <see cref="ArgumentException"/> naming what is wrong.</summary>
    internal static void ValidateConnectionString(DatabaseProvider provider, string connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Postgres => new NpgsqlConnectionStringBuilder(connectionString).ConnectionString,
            _ => new SqliteConnectionStringBuilder(connectionString).ConnectionString,
        };
    }
}
