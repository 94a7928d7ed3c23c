using Npgsql;

namespace Cnap.Bench.Engine;

internal static class Sql
{
    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<string> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    /// <summary>p95 and max of the stored instance state (jsonb column size on disk, and its text length).</summary>
    public static async Task<StateSizes> StateSizesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT percentile_disc(0.95) WITHIN GROUP (ORDER BY pg_column_size(state)), max(pg_column_size(state)), percentile_disc(0.95) WITHIN GROUP (ORDER BY octet_length(state::text)) FROM wf_instances", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new StateSizes(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2));
    }
}

internal sealed record StateSizes(int P95, int Max, int TextP95)
{
    public override string ToString() => $"p95 {P95} B, max {Max} B, text p95 {TextP95} B";
}
