using Cnap.Host.Audit;
using Cnap.Host.Data;
using Cnap.Host.Notifications.Dispatch;
using Cnap.Host.Scheduling.Jobs;
using Cnap.Host.Scheduling.Reminders;
using Cnap.Host.Scheduling.Retention;
using Cnap.Host.Scheduling.Schema;
using Cnap.Host.Scheduling.Statistics;
using Cnap.Workflows.Hosting;
using Quartz;

namespace Cnap.Host.Scheduling;

public static class SchedulingSetup
{
    public const string JobGroup = "cnap";

    /// <summary>
    /// Quartz with the persistent ADO store in the application's database (clustered on PostgreSQL, single node on
    /// SQLite; the tables come from our migrations) running the recurring jobs. Call after the features whose
    /// background loops the jobs replace (notifications, audit).
    /// </summary>
    public static void AddCnapScheduling(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var section = builder.Configuration.GetSection(SchedulingOptions.Section);
        services.Configure<SchedulingOptions>(section);
        services.AddSingleton<DailyStatistics>();
        services.AddSingleton<UnclaimedResultReminders>();
        services.AddSingleton<RetentionCleanup>();

        var settings = section.Get<SchedulingOptions>() ?? new SchedulingOptions();
        var database = DatabaseSettings.Read(builder.Configuration, builder.Environment);
        // Without a usable database the host reports the problem and refuses to start; Quartz must not fail first.
        if (!settings.Enabled || database.Problem is not null)
            return;

        var jobs = ScheduledJobs.From(settings, builder.Configuration);
        services.Configure<WorkflowOptions>(options => options.Timers.RegularSweepScheduledElsewhere = jobs.Any(j => j.Name == TimerSweepJob.Name));
        if (jobs.Any(j => j.Name == NotificationDispatchJob.Name))
            services.RemoveHostedService<DispatcherService>();
        if (jobs.Any(j => j.Name == AuditVerificationJob.Name))
            services.RemoveHostedService<NightlyAuditVerification>();

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
            // The scheduler reads the application's clock; triggers start at real time (ScheduledJobs).
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
            foreach (var job in jobs)
                job.AddTo(quartz);
        });
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService(sp => new UnscheduledJobsRemover(sp.GetRequiredService<ISchedulerFactory>(), jobs.Select(j => j.Name).ToList()));
    }

    private static void RemoveHostedService<T>(this IServiceCollection services) where T : IHostedService
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(T)).ToList())
            services.Remove(descriptor);
    }
}
