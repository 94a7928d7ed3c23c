using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Persistence;

/// <summary>
/// A burst's effects as one batch of hand-written statements — the instance insert or its update guarded by the
/// concurrency token, bookmark deletes and inserts, journal rows, incidents — sent in one round trip.
/// </summary>
internal static class BurstWrite
{
    public static Task ExecuteAsync(StoreConnection store, WorkflowInstanceRecord instance, int expectedRevision, bool isNew, BurstResult result,
        CancellationToken cancellationToken) =>
        ExecuteAsync(store, [new BurstRow(instance, expectedRevision, isNew, result)], cancellationToken);

    /// <summary>
    /// Several bursts (of different instances) in one round trip: one statement per instance, and one per table for
    /// all their bookmarks, journal rows and incidents.
    /// </summary>
    public static async Task ExecuteAsync(StoreConnection store, IReadOnlyList<BurstRow> bursts, CancellationToken cancellationToken)
    {
        var command = store.Command();
        // The updates come first and return the rows they changed: a missing one means another burst committed in between.
        var updates = bursts.Where(b => !b.IsNew).ToList();
        var merged = store.IsPostgres && updates.Count > 1;
        if (merged)
            UpdateInstances(command, updates);
        else
            foreach (var burst in updates)
                UpdateInstance(command, burst.Instance, burst.ExpectedRevision);
        foreach (var burst in bursts.Where(b => b.IsNew))
            InsertInstance(command, burst.Instance);
        DeleteBookmarks(command, bursts.SelectMany(b => b.Result.RemovedBookmarkIds).ToList());
        InsertBookmarks(command, bursts.SelectMany(b => b.Result.AddedBookmarks.Select(x => (b.Instance.Id, x))).ToList());
        InsertJournal(command, bursts.SelectMany(b => b.Result.Journal.Select(x => (b.Instance.Id, x))).ToList());
        InsertIncidents(command, bursts.SelectMany(b => b.Result.Incidents.Select(x => (b.Instance.Id, x))).ToList());

        if (updates.Count == 0)
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var updated = 0;
        if (merged)
        {
            while (await reader.ReadAsync(cancellationToken))
                updated++;
        }
        else
        {
            while (updated < updates.Count && (updated == 0 || await reader.Reader.NextResultAsync(cancellationToken)) && await reader.ReadAsync(cancellationToken))
                updated++;
        }
        while (await reader.Reader.NextResultAsync(cancellationToken))
        {
        }
        if (updated != updates.Count)
        {
            throw new DbUpdateConcurrencyException(updates.Count == 1
                ? $"instance '{updates[0].Instance.Id}' changed since revision {updates[0].ExpectedRevision} was read"
                : $"{updates.Count - updated} of {updates.Count} instances changed since they were read");
        }
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

    /// <summary>Several instances in one statement (PostgreSQL), their values as one array per column.</summary>
    private static void UpdateInstances(StoreCommand command, List<BurstRow> updates)
    {
        command.Append("""UPDATE "wf_instances" AS i SET "state" = v.state, "status" = v.status, "updated_at" = v.updated_at, "finished_at" = v.finished_at, "revision" = v.revision FROM unnest(""")
            .Value(updates.Select(u => u.Instance.State).ToArray()).Append("::jsonb[], ")
            .Value(updates.Select(u => u.Instance.Status.ToString()).ToArray()).Append("::text[], ")
            .Value(updates.Select(u => u.Instance.UpdatedAt.ToUniversalTime()).ToArray()).Append("::timestamptz[], ")
            .Value(updates.Select(u => u.Instance.FinishedAt?.ToUniversalTime()).ToArray()).Append("::timestamptz[], ")
            .Value(updates.Select(u => u.Instance.Revision).ToArray()).Append("::integer[], ")
            .Value(updates.Select(u => u.Instance.Id).ToArray()).Append("::text[], ")
            .Value(updates.Select(u => u.ExpectedRevision).ToArray()).Append("::integer[])")
            .Append(""" AS v(state, status, updated_at, finished_at, revision, id, expected) WHERE i."id" = v.id AND i."revision" = v.expected RETURNING i."id" """)
            .EndStatement();
    }

    private static void DeleteBookmarks(StoreCommand command, List<string> ids)
    {
        if (ids.Count > 0)
            command.Append("""DELETE FROM "wf_bookmarks" WHERE "id" """).InList(ids).EndStatement();
    }

    private static void InsertBookmarks(StoreCommand command, List<(string InstanceId, NewBookmark Bookmark)> bookmarks)
    {
        if (bookmarks.Count == 0)
            return;
        command.Append("""INSERT INTO "wf_bookmarks" ("id", "instance_id", "activity_id", "name", "hash", "payload", "callback", "due_at", "claimed_until", "created_at") VALUES """);
        for (var i = 0; i < bookmarks.Count; i++)
        {
            var (instanceId, b) = bookmarks[i];
            (i == 0 ? command : command.Append(", "))
                .Values(b.Id, instanceId, b.ActivityId, b.Name, b.Hash, b.Payload?.ToJsonString(), b.Callback, b.DueAt, null, b.CreatedAt);
        }
        command.EndStatement();
    }

    private static void InsertJournal(StoreCommand command, List<(string InstanceId, JournalEntry Entry)> journal)
    {
        if (journal.Count == 0)
            return;
        if (command.IsPostgres && journal.Count > ColumnsFrom)
        {
            InsertJournalColumns(command, journal);
            return;
        }
        command.Append("""INSERT INTO "wf_journal" ("instance_id", "sequence", "time", "activity_id", "activity_type", "activity_name", "event", "outcomes", "text", "bookmark_id") VALUES """);
        for (var i = 0; i < journal.Count; i++)
        {
            var (instanceId, j) = journal[i];
            (i == 0 ? command : command.Append(", "))
                .Values(instanceId, j.Sequence, j.Time, j.ActivityId, j.ActivityType, j.ActivityName, j.Event, JournalOutcomes(j), j.Text, j.BookmarkId);
        }
        command.EndStatement();
    }

    private static void InsertIncidents(StoreCommand command, List<(string InstanceId, IncidentEntry Incident)> incidents)
    {
        if (incidents.Count == 0)
            return;
        command.Append("""INSERT INTO "wf_incidents" ("id", "instance_id", "activity_id", "activity_type", "activity_name", "message", "exception", "time", "resolved_at") VALUES """);
        for (var i = 0; i < incidents.Count; i++)
        {
            var (instanceId, x) = incidents[i];
            (i == 0 ? command : command.Append(", "))
                .Values(x.Id, instanceId, x.ActivityId, x.ActivityType, x.ActivityName, x.Message, x.Exception, x.Time, null);
        }
        command.EndStatement();
    }

    // Past a few rows, PostgreSQL gets one array per column instead of a parameter per value: one statement shape
    // whatever the count, and far less for the client to bind and the server to parse.
    private const int ColumnsFrom = 8;

    private static void InsertJournalColumns(StoreCommand command, List<(string InstanceId, JournalEntry Entry)> journal)
    {
        command.Append("""INSERT INTO "wf_journal" ("instance_id", "sequence", "time", "activity_id", "activity_type", "activity_name", "event", "outcomes", "text", "bookmark_id") SELECT * FROM unnest(""")
            .Value(journal.Select(j => j.InstanceId).ToArray()).Append("::text[], ")
            .Value(journal.Select(j => j.Entry.Sequence).ToArray()).Append("::bigint[], ")
            .Value(journal.Select(j => j.Entry.Time.ToUniversalTime()).ToArray()).Append("::timestamptz[], ")
            .Value(journal.Select(j => j.Entry.ActivityId).ToArray()).Append("::text[], ")
            .Value(journal.Select(j => j.Entry.ActivityType).ToArray()).Append("::text[], ")
            .Value(journal.Select(j => j.Entry.ActivityName).ToArray()).Append("::text[], ")
            .Value(journal.Select(j => j.Entry.Event.ToString()).ToArray()).Append("::text[], ")
            .Value(journal.Select(j => JournalOutcomes(j.Entry)).ToArray()).Append("::text[], ")
            .Value(journal.Select(j => j.Entry.Text).ToArray()).Append("::text[], ")
            .Value(journal.Select(j => j.Entry.BookmarkId).ToArray()).Append("::text[])").EndStatement();
    }

    /// <summary>How the journal stores outcomes: comma-separated.</summary>
    public static string? JournalOutcomes(JournalEntry entry) => entry.Outcomes is null ? null : string.Join(',', entry.Outcomes);
}

/// <summary>One burst's effects on its instance, as <see cref="BurstWrite"/> writes them.</summary>
internal readonly record struct BurstRow(WorkflowInstanceRecord Instance, int ExpectedRevision, bool IsNew, BurstResult Result);
