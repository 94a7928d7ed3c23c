using Cnap.Host.Audit;
using Cnap.Host.Scheduling.Jobs;
using Quartz;

namespace Cnap.Host.Scheduling;

/// <summary>One recurring job as configured: its Quartz job and trigger.</summary>
internal sealed record ScheduledJob(string Name, Type JobType, JobSchedule Schedule)
{
    public void AddTo(IQuartzBuilder quartz)
    {
        var key = new JobKey(Name, SchedulingSetup.JobGroup);
        quartz.AddJob(JobType, job => job.WithIdentity(key).StoreDurably().DisallowConcurrentExecution());
        quartz.AddTrigger(trigger =>
        {
            // Quartz keeps real time; left to itself the builder would start from the container's clock, which tests
            // set in the past, and every trigger would misfire and fire at once.
            trigger.ForJob(key).WithIdentity(Name, SchedulingSetup.JobGroup).StartAt(TimeProvider.System.GetUtcNow());
            if (Schedule.Cron is { Length: > 0 } cron)
                trigger.WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed));
            else
                trigger.WithSimpleSchedule(s => s.WithInterval(Schedule.Interval!.Value).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount));
        });
    }
}

internal static class ScheduledJobs
{
    /// <summary>The jobs this node schedules; a job whose feature is switched off elsewhere is left out.</summary>
    public static List<ScheduledJob> From(SchedulingOptions settings, IConfiguration configuration)
    {
        var audit = configuration.GetSection(AuditOptions.Section).Get<AuditOptions>() ?? new AuditOptions();
        var dispatch = configuration.GetValue("Notifications:Dispatcher:Enabled", true);
        var auditSchedule = settings.AuditVerification.Cron is null && settings.AuditVerification.Interval is null
            ? new JobSchedule { Enabled = settings.AuditVerification.Enabled, Cron = $"0 {audit.VerifyAtUtc.Minute} {audit.VerifyAtUtc.Hour} * * ?" }
            : settings.AuditVerification;
        var candidates = new List<(ScheduledJob Job, bool FeatureOn)>
        {
            (new(TimerSweepJob.Name, typeof(TimerSweepJob), settings.TimerSweep), true),
            (new(NotificationDispatchJob.Name, typeof(NotificationDispatchJob), settings.NotificationDispatch), dispatch),
            (new(AuditVerificationJob.Name, typeof(AuditVerificationJob), auditSchedule), audit.NightlyVerification),
            (new(RetentionJob.Name, typeof(RetentionJob), settings.Retention), true),
            (new(UnclaimedResultReminderJob.Name, typeof(UnclaimedResultReminderJob), settings.UnclaimedResultReminders), true),
            (new(DailyStatisticsJob.Name, typeof(DailyStatisticsJob), settings.DailyStatistics), true),
            (new(Queue.Booking.AppointmentReminderJob.Name, typeof(Queue.Booking.AppointmentReminderJob), settings.AppointmentReminders), true),
        };
        foreach (var (job, _) in candidates.Where(c => c.Job.Schedule.Enabled && c.Job.Schedule.Cron is null && c.Job.Schedule.Interval is not { Ticks: > 0 }))
            throw new InvalidOperationException($"Scheduling:{job.JobType.Name.Replace("Job", "")} needs a Cron expression or an Interval above zero.");
        return candidates.Where(c => c.FeatureOn && c.Job.Schedule.Enabled).Select(c => c.Job).ToList();
    }
}
