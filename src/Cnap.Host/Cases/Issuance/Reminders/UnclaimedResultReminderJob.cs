using Cnap.Host.Data;
using Cnap.Host.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Issuance.Reminders;

public sealed class UnclaimedResultReminderJob(
    UnclaimedResultReminders reminders, IDbContextFactory<CnapDbContext> contexts, TimeProvider clock, ILogger<UnclaimedResultReminderJob> logger)
    : RecurringJob(contexts, clock, logger)
{
    public const string Name = "unclaimed-result-reminders";

    protected override Task<int> RunAsync(CancellationToken cancellationToken) => reminders.SendDueAsync(cancellationToken);
}
