using Cnap.Workflows.Hosting;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Timers;

/// <summary>
/// Resumes claimed timers in chunks: each chunk in its own scope and one transaction, resumed together (one locking
/// read, one batched write and one commit per chunk instead of three round trips per timer), chunks in parallel. A chunk that
/// fails is rolled back whole and fired again one timer per transaction; resume is idempotent, so nothing fires twice.
/// </summary>
public sealed class TimerFiring(IServiceScopeFactory scopes, IOptions<WorkflowOptions> options, ILogger<TimerFiring>? logger = null)
{
    /// <summary>Fires the timers with these bookmark ids; <paramref name="parallel"/> lets chunks run at once.</summary>
    public async Task FireAsync(IReadOnlyList<string> bookmarkIds, bool parallel, CancellationToken cancellationToken)
    {
        var settings = options.Value.Timers;
        var chunks = bookmarkIds.Chunk(Math.Max(1, settings.FiringChunkSize)).ToList();
        var concurrency = parallel ? Math.Max(1, settings.FiringConcurrency) : 1;
        await Parallel.ForEachAsync(chunks, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (chunk, token) => await FireChunkAsync(chunk, token));
    }

    private async Task FireChunkAsync(string[] chunk, CancellationToken cancellationToken)
    {
        if (chunk.Length > 1 && await TryFireTogetherAsync(chunk, cancellationToken))
            return;
        foreach (var id in chunk)
            await FireAloneAsync(id, cancellationToken);
    }

    private async Task<bool> TryFireTogetherAsync(string[] chunk, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Context;
        var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await runtime.ResumeManyAsync(chunk, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger?.LogDebug(e, "A chunk of {Count} timers failed together; firing them one by one", chunk.Length);
            return false;
        }
    }

    private async Task FireAloneAsync(string bookmarkId, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmarkId, null, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The claim stays until its lease ends; the timer is tried again by a later sweep.
            logger?.LogError(e, "Firing timer {Bookmark} failed", bookmarkId);
        }
    }
}
