using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cnap.Testing;

/// <summary>
/// A fresh, empty database for one test or fixture: a new database on the throwaway PostgreSQL server that
/// scripts/test.sh starts (CNAP_TEST_POSTGRES), or a new SQLite file. Disposing drops it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CNAP_TEST_POSTGRES";

    private readonly string? adminConnectionString;
    private readonly string name;

    private TestDatabase(DatabaseKind kind, string connectionString, string name, string? adminConnectionString)
    {
        Kind = kind;
        ConnectionString = connectionString;
        this.name = name;
        this.adminConnectionString = adminConnectionString;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    /// <summary>The value for the host's <c>Database:Provider</c> setting.</summary>
    public string Provider => Kind.ToString();

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var name = $"cnap_t_{Guid.NewGuid():N}"[..30];
        if (kind == DatabaseKind.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), "cnap-tests", name + ".db");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new TestDatabase(kind, $"Data Source={path};Pooling=False", path, null);
        }

        var admin = PostgresAdminConnectionString();
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(kind, builder.ConnectionString, name, admin);
    }

    public static string PostgresAdminConnectionString() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the suite with scripts/test.sh, or `source scripts/dev/pg-env.sh` first.");

    public async ValueTask DisposeAsync()
    {
        if (Kind == DatabaseKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(name + suffix);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
