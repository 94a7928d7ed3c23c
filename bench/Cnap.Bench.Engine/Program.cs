using System.Diagnostics;
using Cnap.Bench.Engine;
using Npgsql;

// Issue 3 benchmark: the engine against hand-written Npgsql SQL doing the same transitions, in one run on PostgreSQL.
// Usage: dotnet run -c Release --project bench/Cnap.Bench.Engine -- [--instances 100000] [--clients 16] [--paced 20000]
// Connection: CNAP_BENCH_POSTGRES (an admin connection string); bench/Cnap.Bench.Engine/run.sh starts a cluster with fsync on.
var processStart = Process.GetCurrentProcess().StartTime.ToUniversalTime();
if (args is ["--first-transition", var connection, var bookmark])
    return await FirstTransition.RunAsync(connection, bookmark, processStart);
if (args is ["--cold-breakdown", var coldConnection, var firstBookmark, var secondBookmark])
    return await ColdBreakdown.RunAsync(coldConnection, firstBookmark, secondBookmark, processStart);
var options = Options.Parse(args);
var admin = Environment.GetEnvironmentVariable("CNAP_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("CNAP_TEST_POSTGRES")
    ?? throw new InvalidOperationException("Set CNAP_BENCH_POSTGRES to an admin connection string (or use run.sh).");
var database = $"cnap_bench_{Guid.NewGuid():N}"[..28];
await Sql.ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
var connectionString = new NpgsqlConnectionStringBuilder(admin)
{
    Database = database, NoResetOnClose = true, MaxAutoPrepare = 64, AutoPrepareMinUsages = 2, MaxPoolSize = 64, IncludeErrorDetail = true,
}.ConnectionString;

try
{
    Console.WriteLine($"PostgreSQL {await Sql.ScalarAsync(connectionString, "SHOW server_version")}, synchronous_commit={await Sql.ScalarAsync(connectionString, "SHOW synchronous_commit")}, fsync={await Sql.ScalarAsync(connectionString, "SHOW fsync")}; {Environment.ProcessorCount} cores; {options.Clients} clients; {options.Instances:N0} instances (+{options.Paced:N0} for the paced run)");
    await using var engine = new EngineBench(connectionString);
    await engine.CreateSchemaAsync();
    await engine.PublishAsync();
    if (options.Cpu > 0)
    {
        var probe = await engine.StartAsync();
        await CpuProfile.RunAsync(engine, connectionString, await Sql.ScalarAsync(connectionString, $"SELECT state::text FROM wf_instances WHERE id = '{probe.InstanceId}'"), options.Cpu);
        return 0;
    }

    // Cold: fresh processes (as after a host restart) each resume a waiting instance: no warm-up, empty definition
    // cache, cold JIT, EF and Jint. Each child prints the time from its own process start to the commit.
    var cold = await FirstTransition.MeasureAsync(engine, connectionString, options.ColdRuns);
    if (options.ColdOnly)
        return 0;

    const int counted = 300;
    var total = options.Instances + options.Paced + counted;
    var firstBookmarks = new string[total];
    var secondBookmarks = new string[total];
    var starts = await Clients.RunAsync("engine: start instances", options.Clients, total, async i =>
        firstBookmarks[i] = (await engine.StartAsync()).OpenedBookmarkIds![0]);
    Console.WriteLine(starts);
    var suspendedState = await Sql.StateSizesAsync(connectionString);

    var sampleState = await Sql.ScalarAsync(connectionString, "SELECT state::text FROM wf_instances WHERE status = 'Suspended' LIMIT 1");
    var dataSource = NpgsqlDataSource.Create(connectionString);
    var baseline = new BaselineBench(dataSource, sampleState);
    await baseline.CreateSchemaAsync();
    await baseline.SeedAsync(options.Instances + counted);
    var baselineRun = Combine("baseline: hand-written SQL",
        await Clients.RunAsync("baseline step 1", options.Clients, options.Instances, i => baseline.TransitionAsync(i, 1)),
        await Clients.RunAsync("baseline step 2", options.Clients, options.Instances, i => baseline.TransitionAsync(i, 2)));

    var step1 = await Clients.RunAsync("engine step 1", options.Clients, options.Instances, async i =>
        secondBookmarks[i] = Resumed(await engine.ResumeAsync(firstBookmarks[i])).OpenedBookmarkIds![0]);
    var waitingState = await Sql.StateSizesAsync(connectionString);
    var step2 = await Clients.RunAsync("engine step 2", options.Clients, options.Instances, async i => Resumed(await engine.ResumeAsync(secondBookmarks[i])));
    var engineRun = Combine("engine: resume by bookmark id", step1, step2);
    var finishedState = await Sql.StateSizesAsync(connectionString);

    var rate = baselineRun.PerSecond / 2;
    var offset = options.Instances;
    var paced = options.Paced == 0 ? null : Combine($"engine paced at {rate:N0}/s (half baseline)",
        await Clients.RunAsync("paced 1", options.Clients, options.Paced, async i =>
            secondBookmarks[offset + i] = Resumed(await engine.ResumeAsync(firstBookmarks[offset + i])).OpenedBookmarkIds![0], rate),
        await Clients.RunAsync("paced 2", options.Clients, options.Paced, async i => Resumed(await engine.ResumeAsync(secondBookmarks[offset + i])), rate));

    var roundTrips = await RoundTrips.EngineAsync(connectionString, firstBookmarks[(options.Instances + options.Paced)..]);
    var baselineRoundTrips = await RoundTrips.BaselineAsync(connectionString, sampleState, options.Instances, counted);

    // The cold-start instances and the round-trip sample (resumed once) stay suspended by design.
    var unfinished = long.Parse(await Sql.ScalarAsync(connectionString, "SELECT count(*) FROM wf_instances WHERE status <> 'Finished'")) - cold.Instances - counted;
    Console.WriteLine();
    Console.WriteLine(baselineRun);
    Console.WriteLine(engineRun);
    if (paced is not null)
        Console.WriteLine(paced);
    var ratio = engineRun.PerSecond / baselineRun.PerSecond;
    var state95 = new[] { suspendedState.P95, waitingState.P95, finishedState.P95 }.Max();
    Console.WriteLine();
    Console.WriteLine($"engine transitions/s        {engineRun.PerSecond,10:N0}   baseline {baselineRun.PerSecond:N0}/s   ratio {ratio:P0}   (target >= 50%) {Verdict(ratio >= 0.5)}");
    Console.WriteLine($"engine instances/s          {options.Instances / engineRun.Elapsed.TotalSeconds,10:N0}   (two transitions each; starts ran at {starts.PerSecond:N0}/s)");
    Console.WriteLine($"resume latency at full load p50 {engineRun.PercentileMs(50):N2} ms, p95 {engineRun.PercentileMs(95):N2} ms, p99 {engineRun.PercentileMs(99):N2} ms");
    if (paced is not null)
        Console.WriteLine($"resume latency at half load p50 {paced.PercentileMs(50):N2} ms, p95 {paced.PercentileMs(95):N2} ms, p99 {paced.PercentileMs(99):N2} ms at {paced.PerSecond:N0}/s achieved   (target p95 <= 25 ms) {Verdict(paced.PercentileMs(95) <= 25)}");
    Console.WriteLine($"round trips per transition  {roundTrips,10:N2}   counted on the wire; baseline {baselineRoundTrips:N2}   (target <= 3) {Verdict(roundTrips <= 3)}");
    Console.WriteLine($"stored state p95            {state95,10:N0} bytes (suspended {suspendedState}, waiting {waitingState}, finished {finishedState}; target <= 8192) {Verdict(state95 <= 8192)}");
    Console.WriteLine($"first transition            {cold.SinceStart.TotalSeconds,10:N2} s after process start (median of {options.ColdRuns} fresh processes), the resume itself {cold.Resume.TotalMilliseconds:N0} ms   (target <= 2 s) {Verdict(cold.SinceStart.TotalSeconds <= 2)}");
    Console.WriteLine($"instances not finished      {unfinished,10}");
    await dataSource.DisposeAsync();
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await Sql.ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
}
return 0;

static string Verdict(bool ok) => ok ? "PASS" : "FAIL";

static Cnap.Workflows.Runtime.ResumeResult Resumed(Cnap.Workflows.Runtime.ResumeResult result) =>
    result.Outcome == Cnap.Workflows.Runtime.ResumeOutcome.Resumed ? result : throw new InvalidOperationException($"bookmark {result.BookmarkId}: {result.Outcome} {result.Reason}");

static RunStats Combine(string name, RunStats a, RunStats b) =>
    new(name, a.Operations + b.Operations, a.Elapsed + b.Elapsed, a.Latencies.Concat(b.Latencies).ToList());

internal sealed record Options(int Instances, int Clients, int Paced, int Cpu, int ColdRuns, bool ColdOnly)
{
    public static Options Parse(string[] args)
    {
        int Get(string name, int fallback) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1]) : fallback;
        return new Options(Get("--instances", 100_000), Get("--clients", 16), Get("--paced", 20_000), Get("--cpu", 0), Get("--cold-runs", 3), args.Contains("--cold-only"));
    }
}
