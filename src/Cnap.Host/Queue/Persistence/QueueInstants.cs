using Cnap.Host.Notifications.Persistence;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Cnap.Host.Queue.Persistence;

/// <summary>Every instant of the queue is stored as a UTC date-time: the call order and waits are compared in SQL on SQLite too.</summary>
internal static class QueueInstants
{
    public static void StoreAsUtc<T>(EntityTypeBuilder<T> builder) where T : class
    {
        foreach (var property in typeof(T).GetProperties())
        {
            if (property.PropertyType == typeof(DateTimeOffset))
                builder.Property<DateTimeOffset>(property.Name).HasConversion(UtcInstant.Converter);
            else if (property.PropertyType == typeof(DateTimeOffset?))
                builder.Property<DateTimeOffset?>(property.Name).HasConversion(UtcInstant.NullableConverter);
        }
    }
}
