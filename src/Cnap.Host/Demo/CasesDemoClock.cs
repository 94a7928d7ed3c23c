namespace Cnap.Host.Demo;

/// <summary>
/// The application's clock when demo data is seeded: the real one, except while the case seeder plays the demo
/// cases' history, when it reads as far back as the step being played. Nothing else runs then (start-up happens
/// before the host serves or starts its background work), so every command, card and timer sees one consistent past.
/// </summary>
public sealed class CasesDemoClock(TimeProvider real) : TimeProvider
{
    private TimeSpan offset;

    public DateTimeOffset RealNow => real.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + offset;

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override long GetTimestamp() => real.GetTimestamp();

    public void MoveTo(DateTimeOffset when) => offset = when - real.GetUtcNow();

    public void Reset() => offset = TimeSpan.Zero;
}
