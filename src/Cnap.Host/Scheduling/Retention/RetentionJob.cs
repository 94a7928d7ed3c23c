using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Scheduling.Retention;

public sealed class RetentionJob(RetentionCleanup cleanup, IDbContextFactory<CnapDbContext> contexts, TimeProvider clock, ILogger<RetentionJob> logger)
    : RecurringJob(contexts, clock, logger)
{
    public const string Name = "retention";

    protected override Task<int> RunAsync(CancellationToken cancellationToken) => cleanup.RunAsync(cancellationToken);
}
