using Cnap.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cnap.Host.Tests.Audit;

public sealed class AppendOnlyTests
{
    [Theory]
    [InlineData("UPDATE audit_entries SET \"Action\" = 'x'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("TRUNCATE audit_entries")]
    public async Task Application_role_on_PostgreSQL_cannot_change_or_remove_audit_rows(string sql)
    {
        await using var audit = await AuditHost.StartAsync(DatabaseKind.Postgres);
        await audit.WriteAsync(Guid.NewGuid(), 2);

        await using var connection = new NpgsqlConnection(audit.Database.ConnectionString);
        await connection.OpenAsync();
        var error = await Assert.ThrowsAsync<PostgresException>(async () =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        });

        Assert.Contains("append-only", error.MessageText);
        Assert.True((await audit.Verifier.VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task A_non_owner_role_granted_only_select_and_insert_is_refused_and_one_with_update_rights_still_hits_the_trigger()
    {
        await using var audit = await AuditHost.StartAsync(DatabaseKind.Postgres);
        await audit.WriteAsync(Guid.NewGuid(), 1);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string writer = $"cnap_app_{suffix}", editor = $"cnap_edit_{suffix}";
        var builder = new NpgsqlConnectionStringBuilder(audit.Database.ConnectionString);
        await ExecuteAsync(audit.Database.ConnectionString, $"""
            CREATE ROLE {writer} LOGIN PASSWORD 'x'; CREATE ROLE {editor} LOGIN PASSWORD 'x';
            GRANT CONNECT ON DATABASE "{builder.Database}" TO {writer}, {editor};
            GRANT USAGE ON SCHEMA public TO {writer}, {editor};
            GRANT SELECT, INSERT ON audit_entries TO {writer};
            GRANT SELECT, INSERT, UPDATE, DELETE ON audit_entries TO {editor};
            """);
        try
        {
            var asWriter = new NpgsqlConnectionStringBuilder(audit.Database.ConnectionString) { Username = writer, Password = "x" }.ConnectionString;
            var asEditor = new NpgsqlConnectionStringBuilder(audit.Database.ConnectionString) { Username = editor, Password = "x" }.ConnectionString;

            Assert.Equal("1", await ScalarAsync(asWriter, "SELECT count(*) FROM audit_entries"));
            var denied = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(asWriter, "UPDATE audit_entries SET \"Action\" = 'x'"));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
            await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(asWriter, "DELETE FROM audit_entries"));
            var trigger = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(asEditor, "DELETE FROM audit_entries"));
            Assert.Contains("append-only", trigger.MessageText);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(audit.Database.ConnectionString, $"""
                REVOKE ALL ON audit_entries FROM {writer}, {editor}; REVOKE ALL ON SCHEMA public FROM {writer}, {editor};
                REVOKE ALL ON DATABASE "{builder.Database}" FROM {writer}, {editor}; DROP ROLE {writer}; DROP ROLE {editor};
                """);
        }
    }

    [Theory]
    [InlineData("UPDATE audit_entries SET \"Action\" = 'x'")]
    [InlineData("DELETE FROM audit_entries")]
    public async Task SQLite_refuses_to_change_or_remove_audit_rows(string sql)
    {
        await using var audit = await AuditHost.StartAsync(DatabaseKind.Sqlite);
        await audit.WriteAsync(Guid.NewGuid(), 1);

        await using var connection = new SqliteConnection(audit.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var error = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.Message);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}
