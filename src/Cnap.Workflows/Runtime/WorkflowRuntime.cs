using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Hosting;
using Cnap.Workflows.Management;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Runtime;

/// <summary>The persistent runtime: locks an instance, runs a burst on the pure executor, applies its effects in one transaction.</summary>
internal sealed class WorkflowRuntime(
    WorkflowStore store,
    DefinitionCache definitions,
    BurstExecutor executor,
    IServiceProvider services,
    IOptions<WorkflowOptions> options,
    TimerWakeup wakeup,
    TimeProvider time) : IWorkflowRuntime
{
    private WorkflowDbContext Db => store.Db;

    public async Task<InstanceResult> StartAsync(StartWorkflow request, CancellationToken cancellationToken = default)
    {
        var versionId = await Db.Definitions.AsNoTracking()
            .Where(d => d.DefinitionId == request.DefinitionId && d.IsPublished).Select(d => d.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new WorkflowNotFoundException($"definition '{request.DefinitionId}' has no published version");
        return await store.InTransactionAsync(() => StartCoreAsync(versionId, request.Input, request.CorrelationId, null, cancellationToken), cancellationToken);
    }

    public Task<ResumeResult> ResumeAsync(string bookmarkId, JsonNode? input = null, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(() => ResumeCoreAsync(bookmarkId, input, cancellationToken), cancellationToken);

    /// <summary>
    /// Resumes many bookmarks (due timers) in one transaction with a fixed number of round trips however many there
    /// are: one locking read of all their instances, the bursts in memory, one batched write of every pure transition
    /// (a burst whose activities changed the context is saved through it at once). A second bookmark of an instance
    /// already resumed here goes the one-by-one way afterwards, so it sees the first one's outcome.
    /// </summary>
    internal Task<List<ResumeResult>> ResumeManyAsync(IReadOnlyList<string> bookmarkIds, CancellationToken cancellationToken) =>
        store.InTransactionAsync(async () =>
        {
            var locked = await store.LockInstancesByBookmarksAsync(bookmarkIds, cancellationToken);
            var results = new List<ResumeResult>(bookmarkIds.Count);
            var transitions = new List<(WorkflowInstanceRecord, InstanceState, BurstResult)>(locked.Count);
            var instances = new HashSet<string>();
            var afterwards = new List<string>();
            foreach (var (bookmarkId, instance) in locked)
            {
                if (!instances.Add(instance.Id))
                {
                    afterwards.Add(bookmarkId);
                    continue;
                }
                results.Add(await ResumeLockedAsync(instance, bookmarkId, null, (state, result) =>
                {
                    if (store.HasContextChanges)
                        return store.SaveBurstAsync(instance, isNew: false, state, result, cancellationToken);
                    transitions.Add((instance, state, result));
                    return Task.CompletedTask;
                }, cancellationToken));
            }
            if (transitions.Count > 0)
                await store.SaveTransitionsAsync(transitions, cancellationToken);
            foreach (var missing in bookmarkIds.Except(locked.Select(l => l.BookmarkId)))
                results.Add(NoSuchBookmark(missing));
            foreach (var bookmarkId in afterwards)
                results.Add(await ResumeCoreAsync(bookmarkId, null, cancellationToken));
            return results;
        }, cancellationToken);

    public async Task<SendResult> SendAsync(Stimulus stimulus, CancellationToken cancellationToken = default)
    {
        var (resumed, started) = await DeliverAsync(stimulus, cancellationToken);
        if (resumed.Any(r => r.Outcome == ResumeOutcome.Resumed) || started.Count > 0)
            return new SendResult(resumed, started, null);
        var queued = await store.InTransactionAsync(async () =>
        {
            var now = time.GetUtcNow();
            var record = new WorkflowStimulusRecord
            {
                Id = Guid.CreateVersion7(now).ToString("N"), Name = stimulus.Name, Hash = BookmarkHash.Compute(stimulus.Name, stimulus.Payload),
                Payload = stimulus.Payload?.ToJsonString(), Input = stimulus.Input?.ToJsonString(), Attempts = 1, CreatedAt = now,
                NextAttemptAt = now + options.Value.StimulusQueue.FirstRetryDelay, LastError = "no bookmark or trigger matched",
            };
            Db.Stimuli.Add(record);
            await store.SaveAsync(cancellationToken);
            return record.Id;
        }, cancellationToken);
        return new SendResult(resumed, started, queued);
    }

    /// <summary>Resumes matching bookmarks and starts triggered definitions, without queueing (the queue's retries use this).</summary>
    internal async Task<(List<ResumeResult> Resumed, List<InstanceResult> Started)> DeliverAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        var hash = BookmarkHash.Compute(stimulus.Name, stimulus.Payload);
        var bookmarkIds = await Db.Bookmarks.AsNoTracking().Where(b => b.Hash == hash).OrderBy(b => b.CreatedAt).Select(b => b.Id).ToListAsync(cancellationToken);
        var resumed = new List<ResumeResult>();
        foreach (var id in bookmarkIds)
            resumed.Add(await ResumeAsync(id, stimulus.Input, cancellationToken));

        var triggers = await Db.Triggers.AsNoTracking().Where(t => t.Hash == hash).ToListAsync(cancellationToken);
        var started = new List<InstanceResult>();
        foreach (var trigger in triggers)
        {
            started.Add(await store.InTransactionAsync(
                () => StartCoreAsync(trigger.DefinitionVersionId, stimulus.Input as JsonObject, null, trigger.ActivityId, cancellationToken), cancellationToken));
        }
        return (resumed, started);
    }

    public Task<InstanceResult> CancelAsync(string instanceId, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(() => RunOnInstanceAsync(instanceId, new CancelStimulus(), cancellationToken), cancellationToken);

    public Task<InstanceResult> RetryAsync(string instanceId, CancellationToken cancellationToken = default) =>
        store.InTransactionAsync(async () =>
        {
            var result = await RunOnInstanceAsync(instanceId, new RetryStimulus(), cancellationToken);
            if (result.Applied)
            {
                var now = time.GetUtcNow();
                await Db.Incidents.Where(i => i.InstanceId == instanceId && i.ResolvedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.ResolvedAt, now), cancellationToken);
            }
            return result;
        }, cancellationToken);

    private async Task<InstanceResult> StartCoreAsync(string versionId, JsonObject? input, string? correlationId, string? triggerActivityId, CancellationToken cancellationToken)
    {
        var definition = await LoadDefinitionAsync(versionId, cancellationToken);
        var now = time.GetUtcNow();
        var instance = new WorkflowInstanceRecord
        {
            Id = Guid.CreateVersion7(now).ToString("N"), DefinitionId = definition.DefinitionId, DefinitionVersionId = versionId,
            Version = definition.Version, Status = WorkflowStatus.Running, CorrelationId = correlationId, State = "{}", CreatedAt = now, UpdatedAt = now,
        };
        var state = new InstanceState();
        var result = await RunBurstAsync(definition, instance, state, new StartStimulus(input, triggerActivityId), cancellationToken);
        await store.SaveBurstAsync(instance, isNew: true, state, result, cancellationToken);
        return new InstanceResult(instance.Id, instance.Status, OpenedBookmarkIds: Opened(result));
    }

    private async Task<ResumeResult> ResumeCoreAsync(string bookmarkId, JsonNode? input, CancellationToken cancellationToken)
    {
        var instance = await store.LockInstanceByBookmarkAsync(bookmarkId, cancellationToken);
        if (instance is null)
            return NoSuchBookmark(bookmarkId);
        return await ResumeLockedAsync(instance, bookmarkId, input,
            (state, result) => store.SaveBurstAsync(instance, isNew: false, state, result, cancellationToken), cancellationToken);
    }

    /// <summary>Resumes a bookmark of an instance this transaction has locked; <paramref name="save"/> keeps a burst that took effect.</summary>
    private async Task<ResumeResult> ResumeLockedAsync(WorkflowInstanceRecord instance, string bookmarkId, JsonNode? input,
        Func<InstanceState, BurstResult, Task> save, CancellationToken cancellationToken)
    {
        var definition = await LoadDefinitionAsync(instance.DefinitionVersionId, cancellationToken);
        var state = InstanceState.Deserialize(instance.State);
        var result = await RunBurstAsync(definition, instance, state, new ResumeStimulus(bookmarkId, input), cancellationToken);
        if (!result.Applied)
            return new ResumeResult(bookmarkId, ResumeOutcome.AlreadyConsumed, instance.Id, instance.Status, result.NotAppliedReason);
        await save(state, result);
        return new ResumeResult(bookmarkId, ResumeOutcome.Resumed, instance.Id, result.Status, OpenedBookmarkIds: Opened(result));
    }

    private static ResumeResult NoSuchBookmark(string bookmarkId) =>
        new(bookmarkId, ResumeOutcome.NotFound, Reason: "no such bookmark: it was consumed earlier or never existed");

    private async Task<InstanceResult> RunOnInstanceAsync(string instanceId, BurstStimulus stimulus, CancellationToken cancellationToken)
    {
        var instance = await store.LockInstanceAsync(instanceId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"instance '{instanceId}' does not exist");
        var definition = await LoadDefinitionAsync(instance.DefinitionVersionId, cancellationToken);
        var state = InstanceState.Deserialize(instance.State);
        var result = await RunBurstAsync(definition, instance, state, stimulus, cancellationToken);
        if (!result.Applied)
            return new InstanceResult(instance.Id, instance.Status, false, result.NotAppliedReason);
        await store.SaveBurstAsync(instance, isNew: false, state, result, cancellationToken);
        return new InstanceResult(instance.Id, instance.Status);
    }

    private List<string> Opened(BurstResult result)
    {
        foreach (var timer in result.AddedBookmarks.Where(b => b.DueAt is not null))
            wakeup.Notify(timer.DueAt!.Value);
        return result.AddedBookmarks.Select(b => b.Id).ToList();
    }

    private Task<BurstResult> RunBurstAsync(WorkflowDefinition definition, WorkflowInstanceRecord instance, InstanceState state, BurstStimulus stimulus, CancellationToken cancellationToken) =>
        executor.RunAsync(new BurstRequest(definition, new InstanceInfo(instance.Id, instance.CorrelationId, instance.Status), state, stimulus, services), cancellationToken);

    private async Task<WorkflowDefinition> LoadDefinitionAsync(string versionId, CancellationToken cancellationToken) =>
        await definitions.GetAsync(Db, versionId, cancellationToken)
            ?? throw new WorkflowNotFoundException($"definition version '{versionId}' does not exist");
}
