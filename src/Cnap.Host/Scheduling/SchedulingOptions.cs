namespace Cnap.Host.Scheduling;

/// <summary>The <c>Scheduling</c> section; docs/scheduling.md lists every key.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Off: no Quartz scheduler; the in-process loops (timer sweep, notification dispatch, nightly audit) run instead.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Null: clustered on PostgreSQL, single node on SQLite (one writer; a cluster would gain nothing).</summary>
    public bool? Clustered { get; set; }

    /// <summary>Quartz's instance id; empty or <c>AUTO</c> generates one per process (nodes of a cluster must differ).</summary>
    public string? InstanceId { get; set; }

    /// <summary>Jobs one node runs at once.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>How often a node tells the cluster it is alive; a node silent for longer is recovered by the others.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>Every second: one cheap firing per second for the cluster keeps a timer created on another node at most about a second late.</summary>
    public JobSchedule TimerSweep { get; set; } = new() { Interval = TimeSpan.FromSeconds(1) };

    public JobSchedule NotificationDispatch { get; set; } = new() { Interval = TimeSpan.FromSeconds(10) };

    /// <summary>Daily at <c>Audit:VerifyAtUtc</c> unless a cron or an interval is set here.</summary>
    public JobSchedule AuditVerification { get; set; } = new();

    /// <summary>01:00 UTC (03:00–04:00 in Kyiv).</summary>
    public JobSchedule Retention { get; set; } = new() { Cron = "0 0 1 * * ?" };

    /// <summary>07:00 UTC (09:00–10:00 in Kyiv), outside the notification quiet hours.</summary>
    public JobSchedule UnclaimedResultReminders { get; set; } = new() { Cron = "0 0 7 * * ?" };

    /// <summary>21:50 UTC (23:50–00:50 in Kyiv): the day's closing counts.</summary>
    public JobSchedule DailyStatistics { get; set; } = new() { Cron = "0 50 21 * * ?" };

    /// <summary>16:00 UTC (18:00–19:00 in Kyiv): the evening before a booked visit, outside the quiet hours.</summary>
    public JobSchedule AppointmentReminders { get; set; } = new() { Cron = "0 0 16 * * ?" };

    public UnclaimedResultReminderOptions Reminders { get; set; } = new();

    public RetentionOptions RetentionPeriods { get; set; } = new();
}

/// <summary>When one recurring job fires: a fixed interval, or a Quartz cron expression (UTC); off with <see cref="Enabled"/>.</summary>
public sealed class JobSchedule
{
    public bool Enabled { get; set; } = true;

    public TimeSpan? Interval { get; set; }

    public string? Cron { get; set; }
}

public sealed class UnclaimedResultReminderOptions
{
    /// <summary>A result ready this long and not collected gets a reminder; then again after as long, up to <see cref="MaxReminders"/>.</summary>
    public TimeSpan RemindAfter { get; set; } = TimeSpan.FromDays(14);

    public int MaxReminders { get; set; } = 2;

    /// <summary>Cases handled per run (the rest wait for the next day).</summary>
    public int BatchSize { get; set; } = 500;
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
