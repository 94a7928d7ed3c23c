using Cnap.Domain.Calendar;

namespace Cnap.Domain.Organisations;

/// <summary>Journals, years and printed dates follow Kyiv time, while everything is stored in UTC.</summary>
public static class UkraineTime
{
    public static readonly TimeZoneInfo Zone = UkraineTimeZone.Find();

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));
}
