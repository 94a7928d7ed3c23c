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

        switch (settings.Provider)
        {
            case DatabaseProvider.Postgres:
                builder.Services.AddDbContextFactory<PostgresCnapDbContext>(o => ConfigurePostgres(o, settings.ConnectionString));
                builder.Services.AddSingleton<IDbContextFactory<CnapDbContext>, CnapDbContextFactory<PostgresCnapDbContext>>();
                break;
            default:
                builder.Services.AddDbContextFactory<SqliteCnapDbContext>(o => ConfigureSqlite(o, settings.ConnectionString));
                builder.Services.AddSingleton<IDbContextFactory<CnapDbContext>, CnapDbContextFactory<SqliteCnapDbContext>>();
                break;
        }
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<CnapDbContext>>().CreateDbContext());
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
