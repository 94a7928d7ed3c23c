using Cnap.Workflows.Definitions;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Workflows.Management;

/// <summary>
/// What an application may ask about running instances: who waits for a stimulus, whether a waiting activity can go on
/// with an outcome, an instance whole (for an instance viewer), its journal (for a timeline) and its incidents. Reads
/// run on the scope's context, so inside a command's transaction they see what the command has done so far.
/// </summary>
public sealed class InstanceQueries(WorkflowDbContext db, DefinitionCache definitions)
{
    /// <summary>The instance, or null when there is none with this id.</summary>
    public Task<InstanceSummary?> FindAsync(string instanceId, CancellationToken cancellationToken = default) =>
        db.Instances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new InstanceSummary(i.Id, i.DefinitionId, i.DefinitionVersionId, i.Version, i.Status, i.CorrelationId, i.CreatedAt, i.UpdatedAt,
                i.FinishedAt))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The instance whole; throws <see cref="WorkflowNotFoundException"/> when there is none with this id.</summary>
    public async Task<InstanceDetails> GetAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await db.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken) ?? throw Missing(instanceId);
        var definition = await definitions.GetAsync(db, instance.DefinitionVersionId, cancellationToken);
        var state = InstanceState.Deserialize(instance.State);
        var bookmarks = await db.Bookmarks.AsNoTracking().Where(b => b.InstanceId == instanceId).OrderBy(b => b.CreatedAt)
            .Select(b => new WaitingBookmark(b.Id, b.InstanceId, b.ActivityId, b.Name, b.DueAt, b.CreatedAt)).ToListAsync(cancellationToken);
        var incidents = await IncidentsAsync(instanceId, cancellationToken);
        var journal = await ReadJournalAsync(instanceId, cancellationToken);
        var summary = new InstanceSummary(instance.Id, instance.DefinitionId, instance.DefinitionVersionId, instance.Version, instance.Status,
            instance.CorrelationId, instance.CreatedAt, instance.UpdatedAt, instance.FinishedAt);
        return new InstanceDetails(summary, definition, state.Variables, bookmarks, incidents,
            definition is null ? [] : ActivityProgressReader.Read(definition, journal, bookmarks, incidents));
    }

    /// <summary>
    /// The instance's journal, oldest first (skipped activities included); throws <see cref="WorkflowNotFoundException"/>
    /// when there is no instance with this id.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var journal = await ReadJournalAsync(instanceId, cancellationToken);
        if (journal.Count == 0 && !await db.Instances.AnyAsync(i => i.Id == instanceId, cancellationToken))
            throw Missing(instanceId);
        return journal;
    }

    /// <summary>The instance's incidents, oldest first, resolved ones included.</summary>
    public async Task<IReadOnlyList<InstanceIncident>> IncidentsAsync(string instanceId, CancellationToken cancellationToken = default) =>
        await db.Incidents.AsNoTracking().Where(i => i.InstanceId == instanceId).OrderBy(i => i.Time)
            .Select(i => new InstanceIncident(i.Id, i.ActivityId, i.ActivityType, i.ActivityName, i.Message, i.Exception, i.Time, i.ResolvedAt))
            .ToListAsync(cancellationToken);

    /// <summary>The newest open incident: why a faulted instance stopped. Null when none is open.</summary>
    public Task<InstanceIncident?> LastOpenIncidentAsync(string instanceId, CancellationToken cancellationToken = default) =>
        db.Incidents.AsNoTracking().Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).OrderByDescending(i => i.Time)
            .Select(i => new InstanceIncident(i.Id, i.ActivityId, i.ActivityType, i.ActivityName, i.Message, i.Exception, i.Time, i.ResolvedAt))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The oldest open bookmark that <paramref name="stimulus"/> would resume (its name and payload match), or null
    /// when nothing waits for it. Lets an application check before it changes anything that the workflow will go on.
    /// </summary>
    public Task<WaitingBookmark?> WaitingAsync(Stimulus stimulus, CancellationToken cancellationToken = default)
    {
        var hash = BookmarkHash.Compute(stimulus.Name, stimulus.Payload);
        return db.Bookmarks.AsNoTracking().Where(b => b.Hash == hash).OrderBy(b => b.CreatedAt)
            .Select(b => new WaitingBookmark(b.Id, b.InstanceId, b.ActivityId, b.Name, b.DueAt, b.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Whether the activity waiting on <paramref name="bookmark"/> has a way on when it completes with
    /// <paramref name="outcome"/> (a connection leaves it from that port, compared ignoring case). True when the pinned
    /// version cannot be read: the engine decides then.
    /// </summary>
    public async Task<bool> CanContinueAsync(WaitingBookmark bookmark, string outcome, CancellationToken cancellationToken = default)
    {
        if (await PinnedDefinitionAsync(bookmark.InstanceId, cancellationToken) is not { } definition)
            return true;
        return definition.Root.Outbound(bookmark.ActivityId).Any(c => string.Equals(c.SourcePort, outcome, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The parsed definition version the instance is pinned to; null when there is no such instance or version.</summary>
    public async Task<WorkflowDefinition?> PinnedDefinitionAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var versionId = await db.Instances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.DefinitionVersionId).FirstOrDefaultAsync(cancellationToken);
        return versionId is null ? null : await definitions.GetAsync(db, versionId, cancellationToken);
    }

    private async Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(string instanceId, CancellationToken cancellationToken) =>
        (await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Sequence).ToListAsync(cancellationToken))
        .Select(j => new JournalEntry(j.Sequence, j.Time, j.ActivityId, j.ActivityType, j.ActivityName, j.Event,
            j.Outcomes?.Split(',') ?? [], j.Text, j.BookmarkId))
        .ToList();

    private static WorkflowNotFoundException Missing(string instanceId) => new($"instance '{instanceId}' does not exist");
}
