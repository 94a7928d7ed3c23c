using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cnap.Host.Notifications.Persistence;

/// <summary>
/// Instants stored as UTC date-times: SQLite cannot compare or order DateTimeOffset columns (the dispatcher must ask
/// "due before now?"), and on PostgreSQL a UTC DateTime is still a timestamptz.
/// </summary>
internal static class UtcInstant
{
    public static readonly ValueConverter<DateTimeOffset, DateTime> Converter = new(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    public static readonly ValueConverter<DateTimeOffset?, DateTime?> NullableConverter = new(
        v => v.HasValue ? v.Value.UtcDateTime : null,
        v => v.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : null);
}
