namespace Cnap.Workflows.Hosting;

/// <summary>
/// A wait of any length on a <see cref="TimeProvider"/>. <see cref="Task.Delay(TimeSpan, TimeProvider, CancellationToken)"/>
/// throws for more than about 49.7 days, and a workflow timer, an unclaimed-result term or a nightly schedule can lie
/// further ahead; this waits in pieces of at most <see cref="Piece"/> until the clock reaches the end.
/// </summary>
public static class CappedDelay
{
    /// <summary>The longest single wait handed to the runtime; also how often a long wait looks at the clock again.</summary>
    public static readonly TimeSpan Piece = TimeSpan.FromHours(1);

    /// <summary>Waits <paramref name="wait"/> by <paramref name="time"/>; <see cref="Timeout.InfiniteTimeSpan"/> waits until cancelled,
    /// a zero or negative wait returns at once.</summary>
    public static async Task WaitAsync(TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        if (wait == Timeout.InfiniteTimeSpan)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
            return;
        }
        await UntilAsync(time.GetUtcNow() + wait, time, cancellationToken);
    }

    /// <summary>Waits until <paramref name="time"/> reads <paramref name="due"/> or later.</summary>
    public static async Task UntilAsync(DateTimeOffset due, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var left = due - time.GetUtcNow(); left > TimeSpan.Zero; left = due - time.GetUtcNow())
            await Task.Delay(left < Piece ? left : Piece, time, cancellationToken);
    }
}
