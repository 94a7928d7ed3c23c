using Npgsql;
using NpgsqlTypes;

namespace Cnap.Bench.Engine;

/// <summary>
/// The same transition written by hand through Npgsql: lock the instance row (found through its bookmark), update
/// it, replace its bookmark, append one journal row, commit — three round trips, as the engine's target.
/// </summary>
public sealed class BaselineBench(NpgsqlDataSource dataSource, string state)
{
    // The engine's keys: bookmarks reference their instance, journal rows do not (see WorkflowModel).
    private const string Schema = """
        CREATE TABLE base_instances (id text PRIMARY KEY, state jsonb NOT NULL, status text NOT NULL, revision int NOT NULL, updated_at timestamptz NOT NULL);
        CREATE TABLE base_bookmarks (id text PRIMARY KEY, instance_id text NOT NULL REFERENCES base_instances(id) ON DELETE CASCADE, name text NOT NULL,
            hash text NOT NULL, callback text NOT NULL, due_at timestamptz NULL, created_at timestamptz NOT NULL);
        CREATE INDEX ON base_bookmarks (instance_id);
        CREATE INDEX ON base_bookmarks (hash);
        CREATE INDEX ON base_bookmarks (due_at);
        CREATE TABLE base_journal (instance_id text NOT NULL, sequence bigint NOT NULL, time timestamptz NOT NULL,
            activity_id text NULL, event text NOT NULL, text text NULL, PRIMARY KEY (instance_id, sequence));
        """;

    public async Task CreateSchemaAsync()
    {
        await using var command = dataSource.CreateCommand(Schema);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Instance i (from <paramref name="from"/>) waits on bookmark "b{i}-1".</summary>
    public async Task SeedAsync(int count, int from = 0)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var now = DateTime.UtcNow;
        await using (var writer = await connection.BeginBinaryImportAsync("COPY base_instances (id, state, status, revision, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = from; i < from + count; i++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync($"i{i}", NpgsqlDbType.Text);
                await writer.WriteAsync(state, NpgsqlDbType.Jsonb);
                await writer.WriteAsync("Suspended", NpgsqlDbType.Text);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY base_bookmarks (id, instance_id, name, hash, callback, created_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = from; i < from + count; i++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync($"b{i}-1", NpgsqlDbType.Text);
                await writer.WriteAsync($"i{i}", NpgsqlDbType.Text);
                await writer.WriteAsync("Elsa.Event", NpgsqlDbType.Text);
                await writer.WriteAsync("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", NpgsqlDbType.Text);
                await writer.WriteAsync("received", NpgsqlDbType.Text);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE base_instances; ANALYZE base_bookmarks;", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    /// <summary>Resumes bookmark b{i}-{step}; step 1 opens b{i}-2, step 2 finishes the instance.</summary>
    public async Task TransitionAsync(int instance, int step)
    {
        var bookmarkId = $"b{instance}-{step}";
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        string instanceId;
        int revision;
        await using (var select = new NpgsqlCommand(
            "SELECT id, state, revision FROM base_instances WHERE id = (SELECT instance_id FROM base_bookmarks WHERE id = $1) FOR UPDATE", connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = bookmarkId });
            await using var reader = await select.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
                throw new InvalidOperationException($"bookmark {bookmarkId} is missing");
            instanceId = reader.GetString(0);
            _ = reader.GetString(1);
            revision = reader.GetInt32(2);
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        var now = DateTime.UtcNow;
        batch.BatchCommands.Add(Command("UPDATE base_instances SET state = $1, status = $2, revision = revision + 1, updated_at = $3 WHERE id = $4 AND revision = $5",
            new NpgsqlParameter { Value = state, NpgsqlDbType = NpgsqlDbType.Jsonb }, P(step == 1 ? "Suspended" : "Finished"), P(now), P(instanceId), P(revision)));
        batch.BatchCommands.Add(Command("DELETE FROM base_bookmarks WHERE id = $1", P(bookmarkId)));
        if (step == 1)
        {
            batch.BatchCommands.Add(Command("INSERT INTO base_bookmarks (id, instance_id, name, hash, callback, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
                P($"b{instance}-2"), P(instanceId), P("Elsa.Event"), P("1f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"), P("received"), P(now)));
        }
        batch.BatchCommands.Add(Command("INSERT INTO base_journal (instance_id, sequence, time, activity_id, event, text) VALUES ($1, $2, $3, $4, $5, $6)",
            P(instanceId), P((long)step), P(now), P(step == 1 ? "a4" : "a7"), P("Resumed"), P("Elsa.Event")));
        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter P(object value) => new() { Value = value };
}
