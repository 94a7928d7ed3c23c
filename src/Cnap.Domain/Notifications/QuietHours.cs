namespace Cnap.Domain.Notifications;

/// <summary>
/// Hours of local time when no SMS may wake the applicant (21:00–08:00 Kyiv time by default). A range whose start is
/// after its end spans midnight; equal start and end switch the rule off.
/// </summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End, TimeZoneInfo Zone)
{
    public static QuietHours KyivNights(TimeZoneInfo kyiv) => new(new TimeOnly(21, 0), new TimeOnly(8, 0), kyiv);

    public static QuietHours None => new(TimeOnly.MinValue, TimeOnly.MinValue, TimeZoneInfo.Utc);

    public bool IsEnabled => Start != End;

    public bool Contains(DateTimeOffset instant)
    {
        if (!IsEnabled)
            return false;
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
        return Start < End ? local >= Start && local < End : local >= Start || local < End;
    }

    /// <summary>The instant itself when it is not quiet; otherwise the end of the quiet hours it falls in.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        if (!Contains(instant))
            return instant;
        var local = TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        if (Start > End && TimeOnly.FromDateTime(local) >= Start)
            day = day.AddDays(1);
        return ToInstant(day.ToDateTime(End));
    }

    private DateTimeOffset ToInstant(DateTime local)
    {
        // A wall-clock time skipped by the spring change does not exist; the first minute after the gap does.
        while (Zone.IsInvalidTime(local))
            local = local.AddMinutes(1);
        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
        return new DateTimeOffset(utc, TimeSpan.Zero);
    }
}
