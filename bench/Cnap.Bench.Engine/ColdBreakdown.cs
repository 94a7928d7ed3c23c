using System.Diagnostics;
using System.Globalization;
using Cnap.Workflows.Management;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Bench.Engine;

/// <summary>
/// Where the first transition of a fresh process spends its time: the steps of a resume (as WorkflowRuntime runs
/// them) timed one by one in a child process, then the same steps for a second bookmark in the same process.
/// </summary>
internal static class ColdBreakdown
{
    public static async Task<int> RunAsync(string connectionString, string firstBookmark, string secondBookmark, DateTime processStart)
    {
        var sinceStart = TimeProvider.System.GetUtcNow().UtcDateTime - processStart;
        var phases = new List<(string, double)> { ("process start → Main", sinceStart.TotalMilliseconds) };
        var clock = Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add((name, clock.Elapsed.TotalMilliseconds));
            clock.Restart();
        }

        await using var engine = new EngineBench(connectionString);
        Phase("service provider");
        await ResumeAsync(engine, firstBookmark, Phase);
        var first = phases.Sum(p => p.Item2);
        phases.Add(("= first transition committed, since process start", first));
        clock.Restart();
        await ResumeAsync(engine, secondBookmark, (name) => Phase("second: " + name));
        foreach (var (name, ms) in phases)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,9:N1} ms  {name}"));
        return 0;
    }

    /// <summary>One resume as WorkflowRuntime runs it, with <paramref name="phase"/> called after each step.</summary>
    public static Task ResumeAsync(EngineBench engine, string bookmarkId, Action<string> phase) => engine.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<WorkflowDbContext>();
        var store = services.GetRequiredService<WorkflowStore>();
        phase("scope, pooled context");
        await using var transaction = await db.Context.Database.BeginTransactionAsync();
        phase("begin (connection)");
        var instance = await store.LockInstanceByBookmarkAsync(bookmarkId, CancellationToken.None)
            ?? throw new InvalidOperationException($"bookmark {bookmarkId} is gone");
        phase("locking read");
        var definition = await services.GetRequiredService<DefinitionCache>().GetAsync(db, instance.DefinitionVersionId, CancellationToken.None)
            ?? throw new InvalidOperationException("no definition");
        phase("definition (cache)");
        var state = InstanceState.Deserialize(instance.State);
        phase("state JSON");
        var result = await services.GetRequiredService<BurstExecutor>().RunAsync(new BurstRequest(definition,
            new InstanceInfo(instance.Id, instance.CorrelationId, instance.Status), state, new ResumeStimulus(bookmarkId, null), services));
        phase("burst (activities, JavaScript)");
        await store.SaveBurstAsync(instance, isNew: false, state, result, CancellationToken.None);
        phase("write batch");
        await transaction.CommitAsync();
        phase("commit");
        return 0;
    });
}
