namespace Cnap.Workflows.Timers;

/// <summary>
/// Lets the sweep worker wake early: a burst that creates a timer due before the next regular sweep tells it when.
/// In-process only; other nodes find the timer on their next sweep.
/// </summary>
public sealed class TimerWakeup
{
    private readonly object gate = new();
    private DateTimeOffset? earliest;
    private TaskCompletionSource signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A timer falls due at <paramref name="dueAt"/>.</summary>
    public void Notify(DateTimeOffset dueAt)
    {
        lock (gate)
        {
            if (earliest is not null && earliest <= dueAt)
                return;
            earliest = dueAt;
            signal.TrySetResult();
        }
    }

    /// <summary>The earliest notified due time (cleared), and a task that completes on the next notification.</summary>
    internal (DateTimeOffset? Earliest, Task Changed) Take()
    {
        lock (gate)
        {
            var result = earliest;
            earliest = null;
            if (signal.Task.IsCompleted)
                signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return (result, signal.Task);
        }
    }
}
