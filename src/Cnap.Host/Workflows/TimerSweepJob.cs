using Cnap.Host.Data;
using Cnap.Host.Scheduling;
using Cnap.Workflows.Hosting;
using Cnap.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Workflows;

/// <summary>The regular sweep of due workflow timers, draining a backlog batch after batch (the engine's sweeper claims
/// with leases, so a node's early wake-up sweeping at the same moment is safe).</summary>
public sealed class TimerSweepJob(
    IServiceScopeFactory scopes, IOptions<WorkflowOptions> workflow, IDbContextFactory<CnapDbContext> contexts, TimeProvider clock,
    ILogger<TimerSweepJob> logger) : RecurringJob(contexts, clock, logger)
{
    public const string Name = "timer-sweep";

    protected override bool RecordsSuccessfulRuns => false;

    protected override async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Turned off for hosts whose tests fire timers themselves.
        if (workflow.Value.Timers.SweepInterval <= TimeSpan.Zero)
            return 0;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TimerSweeper>().SweepUntilDrainedAsync(cancellationToken);
    }
}
