using Cnap.Host.Data;

namespace Cnap.Host.Scheduling;

/// <summary>
/// How a feature registers its recurring job: <c>builder.AddRecurringJob&lt;MyJob&gt;(MyJob.Name, "MyJob", defaults)</c> in its
/// own <c>AddCnapX</c>. The schedule is <c>Scheduling:{settingsKey}</c> over the feature's defaults; Quartz stores and fires
/// it (<see cref="RecurringJobsRegistrar"/>), so the order of the features' calls in Program.cs does not matter.
/// </summary>
public static class RecurringJobs
{
    /// <summary>True when Quartz will fire the job: scheduling is on, the database usable, and the job's schedule enabled.</summary>
    public static bool AddRecurringJob<TJob>(this WebApplicationBuilder builder, string name, string settingsKey, JobSchedule defaults)
        where TJob : RecurringJob
    {
        var schedule = defaults;
        builder.Configuration.GetSection($"{SchedulingOptions.Section}:{settingsKey}").Bind(schedule);
        if (schedule.Enabled && schedule.Cron is not { Length: > 0 } && schedule.Interval is not { Ticks: > 0 })
            throw new InvalidOperationException($"{SchedulingOptions.Section}:{settingsKey} needs a Cron expression or an Interval above zero.");
        if (!schedule.Enabled || !SchedulerRuns(builder))
            return false;
        builder.Services.AddSingleton(new ScheduledJob(name, typeof(TJob), schedule));
        builder.Services.AddTransient<TJob>();
        return true;
    }

    /// <summary>Without a usable database the host reports the problem and refuses to start; Quartz must not fail first.</summary>
    internal static bool SchedulerRuns(WebApplicationBuilder builder) =>
        builder.Configuration.GetValue($"{SchedulingOptions.Section}:{nameof(SchedulingOptions.Enabled)}", true)
        && DatabaseSettings.Read(builder.Configuration, builder.Environment).Problem is null;
}
