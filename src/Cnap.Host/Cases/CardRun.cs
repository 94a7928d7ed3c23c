using Cnap.Domain;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases;

/// <summary>Runs a case's card from a command and refuses the command when the card faults on it.</summary>
public sealed class CardRun(IWorkflowRuntime runtime, WorkflowDbContext workflows)
{
    public async Task<InstanceResult> StartAsync(string definitionId, Guid caseId, CancellationToken cancellationToken)
    {
        var started = await runtime.StartAsync(new StartWorkflow(definitionId, CorrelationId: caseId.ToString("D")), cancellationToken);
        await EnsureHealthyAsync(started.InstanceId, started.Status, cancellationToken);
        return started;
    }

    /// <summary>The open bookmark that waits for this stimulus, if any (a card need not wait for everything a command does).</summary>
    public Task<WorkflowBookmarkRecord?> WaitingAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        var hash = BookmarkHash.Compute(stimulus.Name, stimulus.Payload);
        return workflows.Bookmarks.AsNoTracking().Where(b => b.Hash == hash).OrderBy(b => b.CreatedAt).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Wakes what waits for the stimulus; nothing waiting is not an error (the case change stands on its own).</summary>
    public async Task<bool> SignalAsync(Stimulus stimulus, CancellationToken cancellationToken)
    {
        var waiting = await WaitingAsync(stimulus, cancellationToken);
        if (waiting is null)
            return false;
        await ResumeAsync(waiting.Id, cancellationToken);
        return true;
    }

    public async Task ResumeAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        var resumed = await runtime.ResumeAsync(bookmarkId, null, cancellationToken);
        if (resumed.Outcome == ResumeOutcome.Resumed)
            await EnsureHealthyAsync(resumed.InstanceId!, resumed.Status!.Value, cancellationToken);
    }

    public Task CancelAsync(string instanceId, CancellationToken cancellationToken) => runtime.CancelAsync(instanceId, cancellationToken);

    private async Task EnsureHealthyAsync(string instanceId, WorkflowStatus status, CancellationToken cancellationToken)
    {
        if (status != WorkflowStatus.Faulted)
            return;
        var incident = await workflows.Incidents.AsNoTracking()
            .Where(i => i.InstanceId == instanceId && i.ResolvedAt == null).OrderByDescending(i => i.Time).FirstOrDefaultAsync(cancellationToken);
        throw new CardFaultedException(
            $"The technological card cannot go on: {incident?.Message ?? "an activity failed"}. Nothing was changed.");
    }
}

/// <summary>The card faulted on what the command caused; the command is rolled back.</summary>
public sealed class CardFaultedException(string message) : DomainException(message);
