using Cnap.Host.Data;
using Cnap.Host.Notifications;
using Cnap.Host.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Notifications.Dispatch;

/// <summary>Sends due notices: dispatch rounds back to back while they come back full.</summary>
public sealed class NotificationDispatchJob(
    NotificationDispatcher dispatcher, IOptionsMonitor<NotificationOptions> options, IDbContextFactory<CnapDbContext> contexts, TimeProvider clock,
    ILogger<NotificationDispatchJob> logger) : RecurringJob(contexts, clock, logger)
{
    public const string Name = "notification-dispatch";

    protected override bool RecordsSuccessfulRuns => false;

    protected override async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var report = await dispatcher.DispatchDueAsync(cancellationToken);
            total += report.Claimed;
            if (report.Claimed < options.CurrentValue.Dispatcher.BatchSize)
                break;
        }
        return total;
    }
}
