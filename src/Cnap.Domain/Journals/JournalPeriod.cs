using Cnap.Domain.Organisations;

namespace Cnap.Domain.Journals;

/// <summary>Whole days in Kyiv time, as a journal page is kept; <see cref="Until"/> is exclusive.</summary>
public sealed record JournalPeriod
{
    public JournalPeriod(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
            throw new DomainException($"A journal period cannot end ({lastDay:yyyy-MM-dd}) before it starts ({firstDay:yyyy-MM-dd}).");
        FirstDay = firstDay;
        LastDay = lastDay;
        From = StartOf(firstDay);
        Until = StartOf(lastDay.AddDays(1));
    }

    public DateOnly FirstDay { get; }

    public DateOnly LastDay { get; }

    public DateTimeOffset From { get; }

    public DateTimeOffset Until { get; }

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, UkraineTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
