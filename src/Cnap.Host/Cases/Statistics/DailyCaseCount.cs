using Cnap.Domain.Cases;

namespace Cnap.Host.Cases.Statistics;

/// <summary>How many cases of one service at one centre were in one status at the end of a day (Kyiv date): the nightly
/// snapshot a dashboard draws trends from without scanning the cases.</summary>
public sealed class DailyCaseCount
{
    public DateOnly Day { get; set; }

    public Guid CentreId { get; set; }

    public Guid ServiceId { get; set; }

    public CaseStatus Status { get; set; }

    public int Count { get; set; }

    public DateTimeOffset TakenAt { get; set; }
}
