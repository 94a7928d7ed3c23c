namespace Cnap.Host.Scheduling.Runs;

/// <summary>One firing of a recurring job on one node: when it was due, who ran it, what it did. Operators read it to see
/// that nightly work happened; the cluster test reads it to see that each firing ran once.</summary>
public sealed class JobRun
{
    public long Id { get; set; }

    public required string Job { get; set; }

    /// <summary>Quartz's scheduled fire time: the identity of a firing across the cluster.</summary>
    public DateTimeOffset ScheduledAt { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset FinishedAt { get; set; }

    /// <summary>The Quartz instance id of the node that ran it.</summary>
    public required string Node { get; set; }

    /// <summary>Items the job handled (timers fired, notices sent, cases reminded...).</summary>
    public int Items { get; set; }

    public string? Error { get; set; }
}
