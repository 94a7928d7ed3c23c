namespace Cnap.Domain.Organisations;

/// <summary>Journals, years and printed dates follow Kyiv time, while everything is stored in UTC.</summary>
public static class UkraineTime
{
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));

    // Older tz databases know only the Soviet-era spelling.
    private static TimeZoneInfo FindZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Kyiv", out var kyiv) ? kyiv
        : TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Kiev", out var kiev) ? kiev
        : TimeZoneInfo.FindSystemTimeZoneById("FLE Standard Time");
}
