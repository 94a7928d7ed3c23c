using Cnap.Host.Data;
using Cnap.Host.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Booking;

public sealed class AppointmentReminderJob(
    AppointmentReminders reminders, IDbContextFactory<CnapDbContext> contexts, TimeProvider clock, ILogger<AppointmentReminderJob> logger)
    : RecurringJob(contexts, clock, logger)
{
    public const string Name = "appointment-reminders";

    protected override Task<int> RunAsync(CancellationToken cancellationToken) => reminders.QueueDueAsync(cancellationToken);
}
