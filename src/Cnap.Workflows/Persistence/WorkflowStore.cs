using System.Text.Json;
using Cnap.Workflows.Hosting;
using Cnap.Workflows.Runtime;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Persistence;

/// <summary>
/// Transactions, instance locks and applying burst effects. A resume costs three round trips: the locking read,
/// one batched write (instance, bookmarks, journal, incidents, and the activities' own changes), the commit.
/// </summary>
internal sealed class WorkflowStore(WorkflowDbContext db, IOptions<WorkflowOptions> options, TimeProvider time)
{
    public WorkflowDbContext Db => db;

    /// <summary>
    /// Runs <paramref name="work"/> in the caller's transaction if one is open on the context (the caller commits),
    /// otherwise in a new one that is committed here and retried on a concurrency conflict or a busy SQLite database.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var database = db.Context.Database;
        if (database.CurrentTransaction is not null)
            return await work();
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await work();
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception e) when (attempt <= options.Value.ConcurrencyRetries && IsTransient(e))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                DetachEngineEntities();
                await Task.Delay(TimeSpan.FromMilliseconds(10 * attempt * Random.Shared.Next(1, 4)), time, cancellationToken);
            }
        }
    }

    /// <summary>Reads and locks an instance (FOR UPDATE on PostgreSQL; the SQLite transaction is already the only writer). Not tracked.</summary>
    public Task<WorkflowInstanceRecord?> LockInstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        InstanceRows.LockAsync(db.Store, instanceId, cancellationToken);

    /// <summary>Reads and locks the instance owning a bookmark, in one round trip. Not tracked.</summary>
    public Task<WorkflowInstanceRecord?> LockInstanceByBookmarkAsync(string bookmarkId, CancellationToken cancellationToken) =>
        InstanceRows.LockByBookmarkAsync(db.Store, bookmarkId, cancellationToken);

    /// <summary>Reads and locks the instances owning these bookmarks, in one round trip. Not tracked.</summary>
    public Task<List<(string BookmarkId, WorkflowInstanceRecord Instance)>> LockInstancesByBookmarksAsync(IReadOnlyList<string> bookmarkIds,
        CancellationToken cancellationToken) =>
        InstanceRows.LockManyByBookmarksAsync(db.Store, bookmarkIds, cancellationToken);

    /// <summary>Whether the activities of a burst changed something in the context (then it must be saved through it).</summary>
    public bool HasContextChanges => db.Context.ChangeTracker.HasChanges();

    /// <summary>Saves pure engine transitions of several instances (their activities changed nothing in the context) in one batch.</summary>
    public Task SaveTransitionsAsync(IReadOnlyList<(WorkflowInstanceRecord Instance, InstanceState State, BurstResult Result)> bursts,
        CancellationToken cancellationToken)
    {
        var rows = new List<BurstRow>(bursts.Count);
        foreach (var (instance, state, result) in bursts)
        {
            var expectedRevision = instance.Revision;
            Apply(instance, state, result);
            rows.Add(new BurstRow(instance, expectedRevision, false, result));
        }
        return BurstWrite.ExecuteAsync(db.Store, rows, cancellationToken);
    }

    /// <summary>
    /// Saves a burst's effects in one batch. Pure engine transitions (the activities changed nothing in the context)
    /// go as hand-written statements; otherwise the engine's rows join the context's own changes in one SaveChanges,
    /// so the application's changes and the burst still travel in one batch.
    /// </summary>
    public async Task SaveBurstAsync(WorkflowInstanceRecord instance, bool isNew, InstanceState state, BurstResult result, CancellationToken cancellationToken)
    {
        var expectedRevision = instance.Revision;
        Apply(instance, state, result);
        if (db.Context.ChangeTracker.HasChanges())
        {
            Stage(instance, isNew, expectedRevision, result);
            await db.Context.SaveChangesAsync(cancellationToken);
            // Later bursts in this scope read their instance afresh; a tracked copy would clash with it.
            DetachEngineEntities();
            return;
        }
        await BurstWrite.ExecuteAsync(db.Store, instance, expectedRevision, isNew, result, cancellationToken);
    }

    private void Apply(WorkflowInstanceRecord instance, InstanceState state, BurstResult result)
    {
        var now = time.GetUtcNow();
        instance.State = state.Serialize();
        instance.Status = result.Status;
        instance.UpdatedAt = now;
        instance.Revision++;
        if (result.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
            instance.FinishedAt = now;
    }

    private void Stage(WorkflowInstanceRecord instance, bool isNew, int expectedRevision, BurstResult result)
    {
        if (isNew)
        {
            db.Instances.Add(instance);
        }
        else
        {
            var entry = db.Context.Entry(instance);
            entry.State = EntityState.Modified;
            entry.Property(i => i.Revision).OriginalValue = expectedRevision;
        }

        foreach (var id in result.RemovedBookmarkIds)
        {
            var tracked = db.Bookmarks.Local.FirstOrDefault(b => b.Id == id);
            if (tracked is null)
                db.Context.Remove(new WorkflowBookmarkRecord { Id = id, InstanceId = instance.Id, ActivityId = "", Name = "", Hash = "", Callback = "" });
            else
                db.Context.Remove(tracked);
        }
        foreach (var bookmark in result.AddedBookmarks)
        {
            db.Bookmarks.Add(new WorkflowBookmarkRecord
            {
                Id = bookmark.Id, InstanceId = instance.Id, ActivityId = bookmark.ActivityId, Name = bookmark.Name, Hash = bookmark.Hash,
                Payload = bookmark.Payload?.ToJsonString(), Callback = bookmark.Callback, DueAt = bookmark.DueAt?.ToUniversalTime(), CreatedAt = bookmark.CreatedAt,
            });
        }
        foreach (var entry in result.Journal)
        {
            db.Journal.Add(new WorkflowJournalRecord
            {
                InstanceId = instance.Id, Sequence = entry.Sequence, Time = entry.Time, ActivityId = entry.ActivityId, ActivityType = entry.ActivityType,
                ActivityName = entry.ActivityName, Event = entry.Event, Outcomes = BurstWrite.JournalOutcomes(entry),
                Text = entry.Text, BookmarkId = entry.BookmarkId,
            });
        }
        foreach (var incident in result.Incidents)
        {
            db.Incidents.Add(new WorkflowIncidentRecord
            {
                Id = incident.Id, InstanceId = instance.Id, ActivityId = incident.ActivityId, ActivityType = incident.ActivityType,
                ActivityName = incident.ActivityName, Message = incident.Message, Exception = incident.Exception, Time = incident.Time,
            });
        }
    }

    public Task SaveAsync(CancellationToken cancellationToken) => db.Context.SaveChangesAsync(cancellationToken);

    private void DetachEngineEntities()
    {
        foreach (var entry in db.Context.ChangeTracker.Entries().Where(e => e.Metadata.ClrType.Namespace == typeof(WorkflowStore).Namespace).ToList())
            entry.State = EntityState.Detached;
    }

    private static bool IsTransient(Exception e) => e switch
    {
        DbUpdateConcurrencyException => true,
        // PostgreSQL serialization failure or deadlock; SQLite busy or locked (the engine takes no SQLite dependency).
        DbException { SqlState: "40001" or "40P01" } => true,
        DbException db when db.Message.StartsWith("SQLite Error 5:", StringComparison.Ordinal) || db.Message.StartsWith("SQLite Error 6:", StringComparison.Ordinal) => true,
        _ => e.InnerException is not null && e.InnerException is not JsonException && IsTransient(e.InnerException),
    };
}
