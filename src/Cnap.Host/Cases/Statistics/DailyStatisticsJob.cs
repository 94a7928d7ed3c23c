using Cnap.Host.Data;
using Cnap.Host.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Statistics;

public sealed class DailyStatisticsJob(
    DailyStatistics statistics, IDbContextFactory<CnapDbContext> contexts, TimeProvider clock, ILogger<DailyStatisticsJob> logger)
    : RecurringJob(contexts, clock, logger)
{
    public const string Name = "daily-statistics";

    protected override Task<int> RunAsync(CancellationToken cancellationToken) => statistics.TakeAsync(cancellationToken);
}
