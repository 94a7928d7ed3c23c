using Cnap.Host.Queue.Booking;
using Cnap.Host.Queue.Counters;
using Cnap.Host.Queue.Display;
using Cnap.Host.Queue.Tickets;

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
    }

    public static void MapCnapQueue(this WebApplication app)
    {
        app.MapQueueApi();
        app.MapDisplayEvents();
    }
}
