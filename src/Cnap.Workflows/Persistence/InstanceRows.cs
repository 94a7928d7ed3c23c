using Cnap.Workflows.Runtime;

namespace Cnap.Workflows.Persistence;

/// <summary>The locking read of the transition path: one statement, no query compilation, no change tracking.</summary>
internal static class InstanceRows
{
    private const string Columns = """
        SELECT "id", "definition_id", "definition_version_id", "version", "status", "correlation_id", "state", "created_at", "updated_at", "finished_at", "revision" FROM "wf_instances" WHERE "id" = 
        """;

    /// <summary>Reads and locks an instance (FOR UPDATE on PostgreSQL; a SQLite write transaction is already the only writer).</summary>
    public static Task<WorkflowInstanceRecord?> LockAsync(StoreConnection store, string instanceId, CancellationToken cancellationToken) =>
        ReadAsync(store, store.Command().Append(Columns).Value(instanceId), cancellationToken);

    /// <summary>Reads and locks the instance owning a bookmark.</summary>
    public static Task<WorkflowInstanceRecord?> LockByBookmarkAsync(StoreConnection store, string bookmarkId, CancellationToken cancellationToken) =>
        ReadAsync(store, store.Command().Append(Columns).Append("""(SELECT "instance_id" FROM "wf_bookmarks" WHERE "id" = """).Value(bookmarkId).Append(")"), cancellationToken);

    private static async Task<WorkflowInstanceRecord?> ReadAsync(StoreConnection store, StoreCommand command, CancellationToken cancellationToken)
    {
        if (store.IsPostgres)
            command.Append(" FOR UPDATE");
        await using var result = await command.ExecuteReaderAsync(cancellationToken);
        var reader = result.Reader;
        if (!await reader.ReadAsync(cancellationToken))
            return null;
        return new WorkflowInstanceRecord
        {
            Id = reader.GetString(0),
            DefinitionId = reader.GetString(1),
            DefinitionVersionId = reader.GetString(2),
            Version = reader.GetInt32(3),
            Status = Enum.Parse<WorkflowStatus>(reader.GetString(4)),
            CorrelationId = reader.IsDBNull(5) ? null : reader.GetString(5),
            State = reader.GetString(6),
            CreatedAt = store.Time(reader, 7),
            UpdatedAt = store.Time(reader, 8),
            FinishedAt = store.NullableTime(reader, 9),
            Revision = reader.GetInt32(10),
        };
    }
}
