using Cnap.Domain;
using Cnap.Domain.Organisations;

namespace Cnap.Host.Queue;

/// <summary>Centres work in Kyiv time: slots and queue days are local, instants are stored in UTC.</summary>
public static class QueueClock
{
    public static DateOnly Today(this TimeProvider clock) => UkraineTime.LocalDate(clock.GetUtcNow());

    public static DateTimeOffset Instant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return TimeProviderExtensions.ToStored(new DateTimeOffset(local, UkraineTime.Zone.GetUtcOffset(local)));
    }
}
