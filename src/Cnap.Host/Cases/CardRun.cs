using Cnap.Domain;
using Cnap.Workflows.Management;
using Cnap.Workflows.Runtime;

namespace Cnap.Host.Cases;

/// <summary>Runs a case's card from a command and refuses the command when the card faults on it.</summary>
public sealed class CardRun(IWorkflowRuntime runtime, InstanceQueries instances)
{
    public async Task<InstanceResult> StartAsync(string definitionId, Guid caseId, CancellationToken cancellationToken)
    {
        var started = await runtime.StartAsync(new StartWorkflow(definitionId, CorrelationId: caseId.ToString("D")), cancellationToken);
        await EnsureHealthyAsync(started.InstanceId, started.Status, cancellationToken);
        return started;
    }

    /// <summary>The open bookmark that waits for this stimulus, if any (a card need not wait for everything a command does).</summary>
    public Task<WaitingBookmark?> WaitingAsync(Stimulus stimulus, CancellationToken cancellationToken) =>
        instances.WaitingAsync(stimulus, cancellationToken);

    /// <summary>Whether the card goes on from the waiting stage when it completes with <paramref name="outcome"/>.</summary>
    public Task<bool> CanContinueAsync(WaitingBookmark waiting, string outcome, CancellationToken cancellationToken) =>
        instances.CanContinueAsync(waiting, outcome, cancellationToken);

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
        var incident = await instances.LastOpenIncidentAsync(instanceId, cancellationToken);
        throw new CardFaultedException(
            $"The technological card cannot go on: {incident?.Message ?? "an activity failed"}. Nothing was changed.");
    }
}

/// <summary>The card faulted on what the command caused; the command is rolled back.</summary>
public sealed class CardFaultedException(string message) : DomainException(message);
