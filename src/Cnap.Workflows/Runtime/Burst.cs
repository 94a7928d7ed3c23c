using Cnap.Workflows.Activities;
using Cnap.Workflows.Activities.Flow;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Expressions;
using Cnap.Workflows.Hosting;

namespace Cnap.Workflows.Runtime;

/// <summary>
/// One burst: drain a FIFO work queue for one instance, single-threaded, producing effects. The rules are written
/// down in docs/engine-semantics.md; keep the two in step.
/// </summary>
internal sealed class Burst(BurstScope scope, BurstStimulus stimulus, ActivityRegistry registry, WorkflowOptions options)
{
    private readonly BurstResult result = new();
    private readonly LinkedList<WorkItem> queue = new(scope.State.Queue);
    private WorkflowStatus? finalStatus;
    private bool stopped;

    private Flowchart Graph => scope.Definition.Root;
    private InstanceState State => scope.State;

    public async Task<BurstResult> RunAsync()
    {
        State.Queue.Clear();
        if (!Accept())
        {
            result.Applied = false;
            result.Status = scope.Instance.Status;
            return result;
        }
        while (queue.Count > 0 && !stopped)
        {
            var item = queue.First!.Value;
            queue.RemoveFirst();
            if (result.Executions >= options.MaxExecutionsPerBurst)
            {
                Fault(item, Graph.Find(item.ActivityId), new BurstLimitExceededException(
                    $"the burst exceeded {options.MaxExecutionsPerBurst} activity executions at activity {Graph.Find(item.ActivityId)?.Describe() ?? item.ActivityId}: a loop never reaches a blocking activity"));
                break;
            }
            await ExecuteAsync(item);
        }
        Finish();
        return result;
    }

    private bool Accept()
    {
        switch (stimulus)
        {
            case StartStimulus start:
                State.Input = start.Input;
                VariableStore.Initialize(scope.Definition, State.Variables);
                Journal(null, JournalEvent.Started);
                var first = start.TriggerActivityId ?? Graph.StartActivityId;
                if (first is not null)
                    queue.AddLast(new WorkItem(first, Triggered: start.TriggerActivityId is not null));
                return true;
            case ResumeStimulus resume:
                if (scope.Instance.Status is not (WorkflowStatus.Suspended or WorkflowStatus.Running))
                    return Refuse($"the instance is {scope.Instance.Status}");
                var bookmark = State.Bookmarks.FirstOrDefault(b => b.Id == resume.BookmarkId);
                if (bookmark is null)
                    return Refuse("the bookmark was already consumed");
                RemoveBookmark(bookmark);
                Journal(Graph.Find(bookmark.ActivityId), JournalEvent.Resumed, text: bookmark.Name, bookmarkId: bookmark.Id);
                queue.AddFirst(new WorkItem(bookmark.ActivityId, new ResumeInfo(bookmark.Id, bookmark.Name, bookmark.Callback, resume.Input)));
                return true;
            case RetryStimulus:
                if (scope.Instance.Status != WorkflowStatus.Faulted)
                    return Refuse($"the instance is {scope.Instance.Status}, not Faulted");
                Journal(null, JournalEvent.Retried);
                return true;
            case CancelStimulus:
                if (scope.Instance.Status is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
                    return Refuse($"the instance is already {scope.Instance.Status}");
                CancelEverything();
                Journal(null, JournalEvent.Cancelled);
                finalStatus = WorkflowStatus.Cancelled;
                return true;
            default:
                throw new ArgumentOutOfRangeException(nameof(stimulus), stimulus, "unknown stimulus");
        }
    }

    private bool Refuse(string reason)
    {
        result.NotAppliedReason = reason;
        return false;
    }

    private async Task ExecuteAsync(WorkItem item)
    {
        var node = Graph.Find(item.ActivityId);
        if (node is null)
            return;
        var info = registry.Find(node.Type);
        if (info is null)
        {
            Fault(item, node, new UnknownActivityTypeException($"activity {node.Describe()} has an unknown type '{node.Type}'"));
            return;
        }
        result.Executions++;
        ActivityResult outcome;
        ActivityContext context;
        try
        {
            var activity = info.Create(scope.Services);
            await InputBinder.BindAsync(activity, info, node, scope);
            context = new ActivityContext(scope, node, item.Resume, item.Triggered);
            outcome = item.Resume is null ? await activity.ExecuteAsync(context) : await activity.ResumeAsync(context);
            InputBinder.WriteOutputs(activity, info, node, scope);
        }
        catch (Exception e) when (!scope.CancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            Fault(item, node, e);
            return;
        }

        switch (outcome)
        {
            case ActivityResult.Completed completed:
                Journal(node, JournalEvent.Completed, completed.Outcomes, context.JournalText);
                foreach (var connection in Graph.Outbound(node.Id))
                    Visit(connection, completed.Outcomes.Contains(connection.SourcePort, StringComparer.OrdinalIgnoreCase));
                break;
            case ActivityResult.Suspended suspended:
                foreach (var request in suspended.Bookmarks)
                    AddBookmark(node, request);
                break;
            case ActivityResult.WorkflowCompleted:
                Journal(node, JournalEvent.Completed, text: context.JournalText);
                CancelEverything();
                finalStatus = WorkflowStatus.Finished;
                stopped = true;
                break;
        }
    }

    // A connection is visited when its source completes (followed if its port is among the outcomes) or is skipped.
    private void Visit(Connection connection, bool followed)
    {
        var target = Graph.Find(connection.Target);
        if (target is null)
            return;
        if (connection.IsBackEdge)
        {
            // Re-entering a loop starts a new iteration: the loop body's join states are reset. A loop edge that is
            // not followed carries no skip back into the loop.
            if (followed)
            {
                State.Joins.Remove(target.Id);
                foreach (var descendant in Graph.DescendantsOf(target.Id))
                    State.Joins.Remove(descendant);
                Enqueue(target);
            }
            return;
        }

        var inbound = Graph.ForwardInbound(target.Id);
        var mode = JoinModeOf(target, inbound.Count);
        if (mode == JoinMode.Single)
        {
            if (followed)
                Enqueue(target);
            else
                Skip(target);
            return;
        }

        if (!State.Joins.TryGetValue(target.Id, out var join))
            State.Joins[target.Id] = join = new JoinState();
        if (!join.Visited.Contains(connection.Index))
        {
            join.Visited.Add(connection.Index);
            if (followed)
                join.Followed++;
        }
        var allVisited = inbound.All(c => join.Visited.Contains(c.Index));

        if (mode == JoinMode.WaitAny)
        {
            if (followed && !join.Fired)
            {
                join.Fired = true;
                Enqueue(target);
                CancelInboundBranches(target);
            }
            if (allVisited)
            {
                State.Joins.Remove(target.Id);
                if (!join.Fired)
                    Skip(target);
            }
            return;
        }

        if (!allVisited)
            return;
        State.Joins.Remove(target.Id);
        var run = mode == JoinMode.WaitAll ? join.Followed == inbound.Count : join.Followed > 0;
        if (run)
            Enqueue(target);
        else
            Skip(target);
    }

    private void Skip(ActivityNode node)
    {
        Journal(node, JournalEvent.Skipped);
        foreach (var connection in Graph.Outbound(node.Id))
            Visit(connection, followed: false);
    }

    private void Enqueue(ActivityNode node)
    {
        if (queue.Any(i => i.ActivityId == node.Id && i.Resume is null))
            return;
        queue.AddLast(new WorkItem(node.Id));
    }

    // WaitAny: what is still pending upstream of the join (queued work, bookmarks, partial joins) is cancelled. Exits
    // from the cancelled region to elsewhere are visited as not followed so that no join downstream waits forever.
    private void CancelInboundBranches(ActivityNode join)
    {
        var region = Graph.AncestorsOf(join.Id);
        var cancelled = new List<string>();
        foreach (var item in queue.Where(i => region.Contains(i.ActivityId)).ToList())
        {
            queue.Remove(item);
            Journal(Graph.Find(item.ActivityId), JournalEvent.Cancelled);
            cancelled.Add(item.ActivityId);
        }
        foreach (var bookmark in State.Bookmarks.Where(b => region.Contains(b.ActivityId)).ToList())
        {
            RemoveBookmark(bookmark);
            Journal(Graph.Find(bookmark.ActivityId), JournalEvent.Cancelled, text: bookmark.Name, bookmarkId: bookmark.Id);
            cancelled.Add(bookmark.ActivityId);
        }
        foreach (var partial in State.Joins.Keys.Where(region.Contains).ToList())
        {
            State.Joins.Remove(partial);
            cancelled.Add(partial);
        }
        foreach (var activityId in cancelled.Distinct())
        {
            foreach (var exit in Graph.Outbound(activityId).Where(c => c.Target != join.Id && !region.Contains(c.Target) && !c.IsBackEdge))
                Visit(exit, followed: false);
        }
    }

    private void CancelEverything()
    {
        foreach (var item in queue)
            Journal(Graph.Find(item.ActivityId), JournalEvent.Cancelled);
        queue.Clear();
        foreach (var bookmark in State.Bookmarks.ToList())
        {
            RemoveBookmark(bookmark);
            Journal(Graph.Find(bookmark.ActivityId), JournalEvent.Cancelled, text: bookmark.Name, bookmarkId: bookmark.Id);
        }
        State.Joins.Clear();
    }

    private void Fault(WorkItem item, ActivityNode? node, Exception exception)
    {
        var now = scope.Time.GetUtcNow();
        var message = exception is ActivityInputException or BurstLimitExceededException or UnknownActivityTypeException
            ? exception.Message
            : $"activity {node?.Describe() ?? item.ActivityId} failed: {exception.Message}";
        result.Incidents.Add(new IncidentEntry(NewId(), item.ActivityId, node?.Type ?? "", node?.Name, Truncate(message, 2000), Truncate(exception.ToString(), 8000), now));
        Journal(node, JournalEvent.Faulted, text: Truncate(message, 2000));
        var strategy = scope.Definition.Option("incidentStrategy") ?? scope.Definition.Option("incidentStrategyType") ?? options.IncidentStrategy.ToString();
        if (strategy.Contains("Continue", StringComparison.OrdinalIgnoreCase) && node is not null && exception is not BurstLimitExceededException)
        {
            foreach (var connection in Graph.Outbound(node.Id))
                Visit(connection, followed: false);
            return;
        }
        queue.AddFirst(item);
        finalStatus = WorkflowStatus.Faulted;
        stopped = true;
    }

    private void AddBookmark(ActivityNode node, BookmarkRequest request)
    {
        var id = NewId();
        var hash = BookmarkHash.Compute(request.Name, request.Payload, request.Unique ? id : null);
        State.Bookmarks.Add(new OpenBookmark(id, node.Id, request.Name, request.Callback, request.DueAt));
        result.AddedBookmarks.Add(new NewBookmark(id, node.Id, request.Name, hash, request.Payload, request.Callback, request.DueAt, scope.Time.GetUtcNow()));
        Journal(node, JournalEvent.Suspended, text: request.Name, bookmarkId: id);
    }

    private void RemoveBookmark(OpenBookmark bookmark)
    {
        State.Bookmarks.Remove(bookmark);
        if (result.AddedBookmarks.RemoveAll(b => b.Id == bookmark.Id) == 0)
            result.RemovedBookmarkIds.Add(bookmark.Id);
    }

    private void Finish()
    {
        if (finalStatus == WorkflowStatus.Faulted)
        {
            State.Queue.AddRange(queue);
        }
        finalStatus ??= State.Bookmarks.Count > 0 ? WorkflowStatus.Suspended : WorkflowStatus.Finished;
        if (finalStatus is WorkflowStatus.Finished or WorkflowStatus.Cancelled)
            State.Joins.Clear();
        if (finalStatus == WorkflowStatus.Finished)
            Journal(null, JournalEvent.Finished);
        result.Status = finalStatus.Value;
    }

    private void Journal(ActivityNode? node, JournalEvent @event, IReadOnlyList<string>? outcomes = null, string? text = null, string? bookmarkId = null) =>
        result.Journal.Add(new JournalEntry(State.NextSequence++, scope.Time.GetUtcNow(), node?.Id, node?.Type, node?.Name, @event, outcomes, text, bookmarkId));

    private string NewId() => Guid.CreateVersion7(scope.Time.GetUtcNow()).ToString("N");

    private static JoinMode JoinModeOf(ActivityNode node, int forwardInbound)
    {
        if (forwardInbound <= 1)
            return JoinMode.Single;
        if (node.Type != "Elsa.FlowJoin")
            return JoinMode.WaitAllActive;
        var mode = ExpressionSpec.FromInput(node.Property("mode"))?.Text;
        return Enum.TryParse<FlowJoinMode>(mode, ignoreCase: true, out var parsed) && parsed == FlowJoinMode.WaitAll ? JoinMode.WaitAll : JoinMode.WaitAny;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private enum JoinMode
    {
        Single,
        WaitAllActive,
        WaitAll,
        WaitAny,
    }
}

/// <summary>A burst ran more activity executions than <see cref="WorkflowOptions.MaxExecutionsPerBurst"/> allows.</summary>
public sealed class BurstLimitExceededException(string message) : Exception(message);

/// <summary>A definition uses an activity type that is not registered.</summary>
public sealed class UnknownActivityTypeException(string message) : Exception(message);
