using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Cnap.Bench.Timers;

/// <summary>
/// (2) The reference a one-trigger-per-timer design gets: the same kind of timers as one-off Quartz triggers in Quartz's
/// persistent, clustered PostgreSQL store (its own schema from the script in the Quartz package), due evenly over
/// <c>window</c>; the job only records when it fired. Quartz runs on a shifted clock like the engine's timers.
/// </summary>
public sealed class QuartzBench(string connectionString, int timers, TimeSpan window, int threads)
{
    public async Task<Result> RunAsync()
    {
        await CreateSchemaAsync();
        var clock = new ShiftedClock();
        var log = new FiringLog();
        var services = new ServiceCollection();
        services.AddSingleton(log);
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "bench");
            q.UseTimeProvider(clock);
            q.UseDefaultThreadPool(threads);
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o => o.TablePrefix = "qrtz_");
                store.UsePostgres(connectionString);
                store.UseClustering();
            });
        });
        await using var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var firstDue = TimeProvider.System.GetUtcNow().AddDays(1);
        var step = window / timers;
        var job = JobBuilder.Create<RecordFiring>().WithIdentity("record").StoreDurably().Build();
        await scheduler.AddJob(job, AddJobOptions.Replacing);
        var watch = Stopwatch.StartNew();
        var triggers = Enumerable.Range(0, timers).Select(i => TriggerBuilder.Create().WithIdentity($"t{i}").ForJob(job.Key)
            .StartAt(firstDue + step * i).WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build());
        await Parallel.ForEachAsync(triggers, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (trigger, token) => await scheduler.ScheduleJob(trigger, cancellationToken: token));
        Console.WriteLine($"   scheduled {timers:N0} one-off triggers in {watch.Elapsed.TotalSeconds:F1} s, due over {window.TotalSeconds:F0} s ({timers / window.TotalSeconds:F0}/s)");

        var loadBefore = Stats.LoadAverage();
        clock.Offset = firstDue - TimeProvider.System.GetUtcNow() - TimeSpan.FromSeconds(2);
        await scheduler.Start();
        watch.Restart();
        while (log.Distinct < timers && watch.Elapsed < TimeSpan.FromMinutes(30))
            await Task.Delay(250);
        await scheduler.Shutdown(waitForJobsToComplete: true);

        var fired = log.Firings.ToList();
        var lateness = fired.Select(f => (f.Fired - f.Scheduled).TotalSeconds).Order().ToList();
        var lastFired = fired.Count == 0 ? firstDue : fired.Max(f => f.Fired);
        var lastDue = firstDue + step * (timers - 1);
        var span = (lastFired - firstDue).TotalSeconds;
        return new Result("Quartz one-off triggers (persistent clustered store)", timers, span, (lastFired - lastDue).TotalSeconds,
            fired.Count / Math.Max(span, 0.001), Stats.Percentile(lateness, 0.5), Stats.Percentile(lateness, 0.99), lateness.LastOrDefault(),
            fired.Count - log.Distinct, timers - log.Distinct, loadBefore, Stats.LoadAverage());
    }

    private async Task CreateSchemaAsync()
    {
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream("Quartz.Impl.AdoJobStore.Schema.create_postgres.sql")!;
        var script = await new StreamReader(stream).ReadToEndAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var statement in script.ReplaceLineEndings("\n").Split("\n--;;\n"))
        {
            var sql = string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim();
            if (sql.Length == 0)
                continue;
            await using var command = new NpgsqlCommand(sql.Replace("{0}", "qrtz_").Replace("{1}", "qrtz_"), connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

public sealed class FiringLog
{
    private readonly ConcurrentDictionary<string, byte> seen = new();

    public ConcurrentBag<(string Trigger, DateTimeOffset Scheduled, DateTimeOffset Fired)> Firings { get; } = [];

    public int Distinct => seen.Count;

    public void Record(string trigger, DateTimeOffset scheduled, DateTimeOffset fired)
    {
        Firings.Add((trigger, scheduled, fired));
        seen.TryAdd(trigger, 0);
    }
}

public sealed class RecordFiring(FiringLog log) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        log.Record(context.Trigger.Key.Name, context.ScheduledFireTimeUtc ?? context.FireTimeUtc, context.FireTimeUtc);
        return ValueTask.CompletedTask;
    }
}
