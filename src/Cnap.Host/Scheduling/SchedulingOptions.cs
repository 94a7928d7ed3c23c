namespace Cnap.Host.Scheduling;

/// <summary>The <c>Scheduling</c> section; docs/scheduling.md lists every key.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Off: no Quartz scheduler and no recurring job; only the engine's timer worker sweeps, on its own interval.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Null: clustered on PostgreSQL, single node on SQLite (one writer; a cluster would gain nothing).</summary>
    public bool? Clustered { get; set; }

    /// <summary>Quartz's instance id; empty or <c>AUTO</c> generates one per process (nodes of a cluster must differ).</summary>
    public string? InstanceId { get; set; }

    /// <summary>Jobs one node runs at once.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How often a node tells the cluster it is alive; a node silent for longer is recovered by the others.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    public RetentionOptions RetentionPeriods { get; set; } = new();
}

/// <summary>When one recurring job fires: a fixed interval, or a Quartz cron expression (UTC, wins over the interval); off with <see cref="Enabled"/>.</summary>
public sealed class JobSchedule
{
    public bool Enabled { get; set; } = true;

    public TimeSpan? Interval { get; set; }

    public string? Cron { get; set; }
}

/// <summary>How long technical records that carry personal data or nothing of legal weight are kept (docs/scheduling.md).</summary>
public sealed class RetentionOptions
{
    /// <summary>Finished notices keep their facts (channel, event, status, times) but lose address, subject and text after this.</summary>
    public TimeSpan NotificationContent { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Workflow stimuli that matched nothing and were dead-lettered are deleted after this.</summary>
    public TimeSpan DeadLetteredStimuli { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The record of scheduled job runs.</summary>
    public TimeSpan JobRuns { get; set; } = TimeSpan.FromDays(30);
}
