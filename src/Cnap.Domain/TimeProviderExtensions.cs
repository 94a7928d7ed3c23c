namespace Cnap.Domain;

public static class TimeProviderExtensions
{
    /// <summary>
    /// Now in UTC to the millisecond: PostgreSQL accepts only UTC offsets, SQLite keeps 0.1 ms, and the inventory's
    /// hash must survive a round trip through either.
    /// </summary>
    public static DateTimeOffset Now(this TimeProvider clock) => ToStored(clock.GetUtcNow());

    public static DateTimeOffset ToStored(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
    }
}
