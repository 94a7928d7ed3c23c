using Cnap.Host.Data;
using Cnap.Host.Scheduling.Retention;
using Cnap.Host.Scheduling.Schema;
using Quartz;

namespace Cnap.Host.Scheduling;

public static class SchedulingSetup
{
    public const string JobGroup = "cnap";

    /// <summary>
    /// Quartz with the persistent ADO store in the application's database (clustered on PostgreSQL, single node on
    /// SQLite; the tables come from our migrations). It runs the recurring jobs the features register themselves
    /// (<see cref="RecurringJobs.AddRecurringJob{TJob}"/>), each once; this feature owns only the retention clean-up.
    /// </summary>
    public static void AddCnapScheduling(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(SchedulingOptions.Section);
        services.Configure<SchedulingOptions>(section);
        services.AddSingleton<RetentionCleanup>();
        builder.AddRecurringJob<RetentionJob>(RetentionJob.Name, "Retention", new JobSchedule { Cron = "0 0 1 * * ?" });
        if (!RecurringJobs.SchedulerRuns(builder))
            return;

        var settings = section.Get<SchedulingOptions>() ?? new SchedulingOptions();
        var database = DatabaseSettings.Read(builder.Configuration, builder.Environment);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = "Cnap";
                if (!string.IsNullOrWhiteSpace(settings.InstanceId) && settings.InstanceId != "AUTO")
                    scheduler.InstanceId = settings.InstanceId;
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.Always;
            });
            // No UseTimeProvider here: for the default scheduler Quartz implements it by replacing the application's own
            // TimeProvider registration, which took the demo clock (CasesDemoClock) away from the case commands and timers.
            // The scheduler reads the application's clock; triggers start at real time (ScheduledJob).
            quartz.UseDefaultThreadPool(Math.Max(1, settings.MaxConcurrency));
            quartz.UsePersistentStore(store =>
            {
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = QuartzSchema.TablePrefix;
                    options.SchemaProvisioning = SchemaProvisioning.Validate;
                });
                if (postgres)
                    store.UsePostgres(database.ConnectionString);
                else
                    store.UseSqlite(database.ConnectionString);
                if (settings.Clustered ?? postgres)
                    store.UseClustering(clustering => clustering.CheckinInterval = settings.CheckinInterval);
            });
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService<RecurringJobsRegistrar>();
    }
}
