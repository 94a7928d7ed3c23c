using System.Net;
using System.Net.Sockets;
using Cnap.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cnap.Host.Tests.Foundation;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Migrate_verb_creates_the_schema_and_exits(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        var (exitCode, output) = await HostProcess.RunAsync(Settings(database), "migrate");

        Assert.True(exitCode == 0, output);
        Assert.True(await AppliedMigrationsAsync(database) > 0);
    }

    [Fact]
    public async Task Healthcheck_verb_reports_a_running_host_healthy_and_a_missing_one_not()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var port = FreePort();
        var settings = new Dictionary<string, string>(Settings(database)) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };
        using var server = HostProcess.Start(settings);
        try
        {
            var healthy = await PollAsync(() => HostProcess.RunAsync(settings, "healthcheck", $"http://127.0.0.1:{port}/health"));
            Assert.Equal(0, healthy);

            var (missing, _) = await HostProcess.RunAsync(settings, "healthcheck", $"http://127.0.0.1:{FreePort()}/health");
            Assert.Equal(1, missing);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static Dictionary<string, string> Settings(TestDatabase database) => new()
    {
        ["Database__Provider"] = database.Provider,
        ["ConnectionStrings__Cnap"] = database.ConnectionString,
    };

    private static async Task<int> PollAsync(Func<Task<(int ExitCode, string Output)>> check)
    {
        var exitCode = -1;
        for (var attempt = 0; attempt < 60 && exitCode != 0; attempt++)
        {
            (exitCode, _) = await check();
            if (exitCode != 0)
                await Task.Delay(500);
        }
        return exitCode;
    }

    private static async Task<long> AppliedMigrationsAsync(TestDatabase database)
    {
        await using System.Data.Common.DbConnection connection = database.Kind == DatabaseKind.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM __ef_migrations";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
