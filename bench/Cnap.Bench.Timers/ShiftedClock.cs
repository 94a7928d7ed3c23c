namespace Cnap.Bench.Timers;

/// <summary>Real time moved by an offset: timers are created a day ahead, then the clock is moved so that they fall due
/// over the measured window while time keeps running at its real speed (the lease and every wait are real).</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public TimeSpan Offset
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));
        set => Interlocked.Exchange(ref offsetTicks, value.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
