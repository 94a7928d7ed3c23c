using System.Collections.Concurrent;

namespace Cnap.Host.Queue;

/// <summary>
/// Wakes this node's hall displays the moment something changes at a centre. Other nodes' changes reach a display
/// through its one-second look at the database (<see cref="Display.DisplayEvents"/>), so the signal is only a shortcut.
/// </summary>
public sealed class QueueSignal
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> waiters = new();

    public void Changed(Guid centreId)
    {
        if (waiters.TryRemove(centreId, out var waiter))
            waiter.TrySetResult();
    }

    public Task NextChangeAsync(Guid centreId, TimeSpan atMost, CancellationToken cancellationToken) =>
        waiters.GetOrAdd(centreId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task
            .WaitAsync(atMost, cancellationToken).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
}
