using Cnap.Host.Queue.Booking;
using Cnap.Host.Queue.Counters;
using Cnap.Host.Queue.Display;
using Cnap.Host.Queue.Tickets;
using Cnap.Host.Scheduling;

namespace Cnap.Host.Queue;

public static class QueueSetup
{
    public static void AddCnapQueue(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<QueueSignal>();
        services.AddSingleton<AppointmentReminders>();
        services.AddScoped<QueueAccess>();
        services.AddScoped<SlotPlanner>();
        services.AddScoped<WaitEstimate>();
        services.AddScoped<CounterGuard>();
        services.AddScoped<Data.IStartupSeeder, QueueDemoSeeder>();
        // The evening before a booked visit (16:00 UTC, 18:00–19:00 in Kyiv), outside the notification quiet hours.
        builder.AddRecurringJob<AppointmentReminderJob>(AppointmentReminderJob.Name, "AppointmentReminders", new JobSchedule { Cron = "0 0 16 * * ?" });
    }

    public static void MapCnapQueue(this WebApplication app)
    {
        app.MapQueueApi();
        app.MapDisplayEvents();
    }
}
