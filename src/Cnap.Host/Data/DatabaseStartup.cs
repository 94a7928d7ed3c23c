using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Data;

public static class DatabaseStartup
{
    /// <summary>Migrates (when configured) and seeds; logs one clear line and returns false when the database is unusable.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        return await RunAsync(app, migrate: options.MigrateOnStartup, seed: true);
    }

    public static async Task<int> MigrateAndExitAsync(this WebApplication app) =>
        await RunAsync(app, migrate: true, seed: false) ? 0 : 1;

    private static async Task<bool> RunAsync(WebApplication app, bool migrate, bool seed)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Cnap.Database");
        if (settings.Problem is not null)
        {
            logger.LogCritical("Cannot start: {Problem}", settings.Problem);
            return false;
        }

        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
            await ProbeAsync(settings, app.Lifetime.ApplicationStopping);
            if (migrate)
            {
                await db.Database.MigrateAsync(app.Lifetime.ApplicationStopping);
                logger.LogInformation("Database {Provider} is migrated", settings.Provider);
            }
            if (seed)
                await SeedAsync(scope.ServiceProvider, db, app.Lifetime.ApplicationStopping);
            return true;
        }
        catch (Exception e) when (IsConnectionFailure(e))
        {
            logger.LogDebug(e, "Database start-up failure in detail");
            logger.LogCritical(
                "Cannot start: the {Provider} database set by {Setting} is unreachable or refuses the connection: {Reason}",
                settings.Provider, DatabaseSettings.ConnectionStringKey, Innermost(e).Message);
            return false;
        }
    }

    /// <summary>Opens the raw connection once, outside EF, so an unreachable server is reported by our one line only.</summary>
    private static async Task ProbeAsync(DatabaseSettings settings, CancellationToken cancellationToken)
    {
        await using DbConnection connection = settings.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(settings.ConnectionString)
            : new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
    }

    private static async Task SeedAsync(IServiceProvider services, CnapDbContext db, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var seeders = services.GetServices<IStartupSeeder>()
            .Where(s => options.SeedDemoData || !s.IsDemoData)
            .OrderBy(s => s.Order);
        foreach (var seeder in seeders)
        {
            await seeder.SeedAsync(db, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static bool IsConnectionFailure(Exception e) =>
        Innermost(e) is DbException or SocketException or TimeoutException or InvalidOperationException { Source: "Npgsql" }
        || e is DbException;

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
            e = e.InnerException;
        return e;
    }
}
