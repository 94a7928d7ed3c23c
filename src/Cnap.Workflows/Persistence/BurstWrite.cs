using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Persistence;

/// <summary>
/// A burst's effects as one batch of hand-written statements — the instance insert or its update guarded by the
/// concurrency token, bookmark deletes and inserts, journal rows, incidents — sent in one round trip.
/// </summary>
internal static class BurstWrite
{
    public static async Task ExecuteAsync(StoreConnection store, WorkflowInstanceRecord instance, int expectedRevision, bool isNew, BurstResult result,
        CancellationToken cancellationToken)
    {
        var command = store.Command();
        if (isNew)
            InsertInstance(command, instance);
        else
            UpdateInstance(command, instance, expectedRevision);
        DeleteBookmarks(command, result.RemovedBookmarkIds);
        InsertBookmarks(command, instance.Id, result.AddedBookmarks);
        InsertJournal(command, instance.Id, result.Journal);
        InsertIncidents(command, instance.Id, result.Incidents);

        if (isNew)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        // The update comes first and returns the row it changed: none means another burst committed in between.
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var updated = await reader.ReadAsync(cancellationToken);
        while (await reader.Reader.NextResultAsync(cancellationToken))
        {
        }
        if (!updated)
            throw new DbUpdateConcurrencyException($"instance '{instance.Id}' changed since revision {expectedRevision} was read");
    }

    private static void InsertInstance(StoreCommand command, WorkflowInstanceRecord instance)
    {
        command.Append("""
            INSERT INTO "wf_instances" ("id", "definition_id", "definition_version_id", "version", "status", "correlation_id", "state", "created_at", "updated_at", "finished_at", "revision") VALUES (
            """);
        command.Value(instance.Id).Append(", ").Value(instance.DefinitionId).Append(", ").Value(instance.DefinitionVersionId).Append(", ")
            .Value(instance.Version).Append(", ").Value(instance.Status).Append(", ").Value(instance.CorrelationId).Append(", ").Json(instance.State)
            .Append(", ").Value(instance.CreatedAt).Append(", ").Value(instance.UpdatedAt).Append(", ").Value(instance.FinishedAt).Append(", ")
            .Value(instance.Revision).Append(")").EndStatement();
    }

    private static void UpdateInstance(StoreCommand command, WorkflowInstanceRecord instance, int expectedRevision)
    {
        command.Append("""UPDATE "wf_instances" SET "state" = """).Json(instance.State)
            .Append(""", "status" = """).Value(instance.Status)
            .Append(""", "updated_at" = """).Value(instance.UpdatedAt)
            .Append(""", "finished_at" = """).Value(instance.FinishedAt)
            .Append(""", "revision" = """).Value(instance.Revision)
            .Append(""" WHERE "id" = """).Value(instance.Id).Append(""" AND "revision" = """).Value(expectedRevision)
            .Append(""" RETURNING "revision" """).EndStatement();
    }

    private static void DeleteBookmarks(StoreCommand command, List<string> ids)
    {
        if (ids.Count == 0)
            return;
        command.Append("""DELETE FROM "wf_bookmarks" WHERE "id" IN (""");
        for (var i = 0; i < ids.Count; i++)
            (i == 0 ? command : command.Append(", ")).Value(ids[i]);
        command.Append(")").EndStatement();
    }

    private static void InsertBookmarks(StoreCommand command, string instanceId, List<NewBookmark> bookmarks)
    {
        if (bookmarks.Count == 0)
            return;
        command.Append("""INSERT INTO "wf_bookmarks" ("id", "instance_id", "activity_id", "name", "hash", "payload", "callback", "due_at", "claimed_until", "created_at") VALUES """);
        for (var i = 0; i < bookmarks.Count; i++)
        {
            var b = bookmarks[i];
            (i == 0 ? command : command.Append(", "))
                .Values(b.Id, instanceId, b.ActivityId, b.Name, b.Hash, b.Payload?.ToJsonString(), b.Callback, b.DueAt, null, b.CreatedAt);
        }
        command.EndStatement();
    }

    private static void InsertJournal(StoreCommand command, string instanceId, List<JournalEntry> journal)
    {
        if (journal.Count == 0)
            return;
        command.Append("""INSERT INTO "wf_journal" ("instance_id", "sequence", "time", "activity_id", "activity_type", "activity_name", "event", "outcomes", "text", "bookmark_id") VALUES """);
        for (var i = 0; i < journal.Count; i++)
        {
            var j = journal[i];
            (i == 0 ? command : command.Append(", "))
                .Values(instanceId, j.Sequence, j.Time, j.ActivityId, j.ActivityType, j.ActivityName, j.Event, JournalOutcomes(j), j.Text, j.BookmarkId);
        }
        command.EndStatement();
    }

    private static void InsertIncidents(StoreCommand command, string instanceId, List<IncidentEntry> incidents)
    {
        if (incidents.Count == 0)
            return;
        command.Append("""INSERT INTO "wf_incidents" ("id", "instance_id", "activity_id", "activity_type", "activity_name", "message", "exception", "time", "resolved_at") VALUES """);
        for (var i = 0; i < incidents.Count; i++)
        {
            var x = incidents[i];
            (i == 0 ? command : command.Append(", "))
                .Values(x.Id, instanceId, x.ActivityId, x.ActivityType, x.ActivityName, x.Message, x.Exception, x.Time, null);
        }
        command.EndStatement();
    }

    /// <summary>How the journal stores outcomes: comma-separated.</summary>
    public static string? JournalOutcomes(JournalEntry entry) => entry.Outcomes is null ? null : string.Join(',', entry.Outcomes);
}
