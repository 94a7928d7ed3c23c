using System.Data.Common;
using Cnap.Workflows.Runtime;

namespace Cnap.Workflows.Persistence;

/// <summary>The locking read of the transition path: one statement, no query compilation, no change tracking.</summary>
internal static class InstanceRows
{
    private const string Columns = """
        SELECT "id", "definition_id", "definition_version_id", "version", "status", "correlation_id", "state", "created_at", "updated_at", "finished_at", "revision" FROM "wf_instances" WHERE "id" = 
        """;

    private const string BookmarkColumns = """
        SELECT b."id", i."id", i."definition_id", i."definition_version_id", i."version", i."status", i."correlation_id", i."state", i."created_at", i."updated_at", i."finished_at", i."revision"
        FROM "wf_bookmarks" AS b JOIN "wf_instances" AS i ON i."id" = b."instance_id" WHERE b."id"
        """;

    /// <summary>Reads and locks an instance (FOR UPDATE on PostgreSQL; a SQLite write transaction is already the only writer).</summary>
    public static Task<WorkflowInstanceRecord?> LockAsync(StoreConnection store, string instanceId, CancellationToken cancellationToken) =>
        ReadAsync(store, store.Command().Append(Columns).Value(instanceId), cancellationToken);

    /// <summary>Reads and locks the instance owning a bookmark.</summary>
    public static Task<WorkflowInstanceRecord?> LockByBookmarkAsync(StoreConnection store, string bookmarkId, CancellationToken cancellationToken) =>
        ReadAsync(store, store.Command().Append(Columns).Append("""(SELECT "instance_id" FROM "wf_bookmarks" WHERE "id" = """).Value(bookmarkId).Append(")"), cancellationToken);

    /// <summary>
    /// Reads and locks the instances owning these bookmarks in one round trip, in instance order (so two callers
    /// locking overlapping sets wait for each other instead of deadlocking). Bookmarks that no longer exist are absent.
    /// </summary>
    public static async Task<List<(string BookmarkId, WorkflowInstanceRecord Instance)>> LockManyByBookmarksAsync(StoreConnection store,
        IReadOnlyList<string> bookmarkIds, CancellationToken cancellationToken)
    {
        var command = store.Command().Append(BookmarkColumns).InList(bookmarkIds);
        command.Append(""" ORDER BY i."id", b."id" """);
        if (store.IsPostgres)
            command.Append(""" FOR UPDATE OF i""");
        var rows = new List<(string, WorkflowInstanceRecord)>(bookmarkIds.Count);
        await using var result = await command.ExecuteReaderAsync(cancellationToken);
        while (await result.ReadAsync(cancellationToken))
            rows.Add((result.Reader.GetString(0), Map(store, result.Reader, 1)));
        return rows;
    }

    private static async Task<WorkflowInstanceRecord?> ReadAsync(StoreConnection store, StoreCommand command, CancellationToken cancellationToken)
    {
        if (store.IsPostgres)
            command.Append(" FOR UPDATE");
        await using var result = await command.ExecuteReaderAsync(cancellationToken);
        return await result.ReadAsync(cancellationToken) ? Map(store, result.Reader, 0) : null;
    }

    private static WorkflowInstanceRecord Map(StoreConnection store, DbDataReader reader, int first) => new()
    {
        Id = reader.GetString(first),
        DefinitionId = reader.GetString(first + 1),
        DefinitionVersionId = reader.GetString(first + 2),
        Version = reader.GetInt32(first + 3),
        Status = Enum.Parse<WorkflowStatus>(reader.GetString(first + 4)),
        CorrelationId = reader.IsDBNull(first + 5) ? null : reader.GetString(first + 5),
        State = reader.GetString(first + 6),
        CreatedAt = store.Time(reader, first + 7),
        UpdatedAt = store.Time(reader, first + 8),
        FinishedAt = store.NullableTime(reader, first + 9),
        Revision = reader.GetInt32(first + 10),
    };
}
