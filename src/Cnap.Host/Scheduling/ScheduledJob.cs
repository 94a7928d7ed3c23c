using Quartz;

namespace Cnap.Host.Scheduling;

/// <summary>One recurring job as a feature registered it: its Quartz job and trigger.</summary>
public sealed record ScheduledJob(string Name, Type JobType, JobSchedule Schedule)
{
    public JobKey Key => new(Name, SchedulingSetup.JobGroup);

    public IJobDetail Job() => JobBuilder.Create().OfType(JobType).WithIdentity(Key).StoreDurably().DisallowConcurrentExecution().Build();

    public ITrigger Trigger()
    {
        // Quartz keeps real time; left to itself the builder would start from the container's clock, which tests set in
        // the past, and every trigger would misfire and fire at once.
        var trigger = TriggerBuilder.Create().ForJob(Key).WithIdentity(Name, SchedulingSetup.JobGroup).StartAt(TimeProvider.System.GetUtcNow());
        return (Schedule.Cron is { Length: > 0 } cron
                ? trigger.WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
                : trigger.WithSimpleSchedule(s => s.WithInterval(Schedule.Interval!.Value).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)))
            .Build();
    }
}
