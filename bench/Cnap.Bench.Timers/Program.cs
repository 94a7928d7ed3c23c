using Cnap.Bench.Timers;
using Npgsql;

// bench/Cnap.Bench.Timers/run.sh [--timers 100000] [--window 60] [--nodes 2] [--interval 1] [--quartz 10000] [--quartz-window 10]
var options = Args.Parse(args);
var admin = Environment.GetEnvironmentVariable("CNAP_BENCH_POSTGRES")
    ?? throw new InvalidOperationException("CNAP_BENCH_POSTGRES is not set: run bench/Cnap.Bench.Timers/run.sh");
string Database(string name) => new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 100 }.ConnectionString;

Console.WriteLine($"Timer benchmark on {Environment.ProcessorCount} cores, load average {Stats.LoadAverage()}");
var engineBench = new EngineTimerBench(Database("cnap_bench_timers"), options.Int("timers", 100_000), TimeSpan.FromSeconds(options.Int("window", 60)),
    options.Int("nodes", 2), TimeSpan.FromSeconds(options.Double("interval", 1)), t =>
    {
        t.BatchSize = options.Int("batch", t.BatchSize);
        t.FiringChunkSize = options.Int("chunk", t.FiringChunkSize);
        t.FiringConcurrency = options.Int("concurrency", t.FiringConcurrency);
    });
var engine = await engineBench.RunAsync();
engine.Print();

await using (var connection = new NpgsqlConnection(admin))
{
    await connection.OpenAsync();
    await using var drop = new NpgsqlCommand("DROP DATABASE IF EXISTS cnap_bench_quartz WITH (FORCE); CREATE DATABASE cnap_bench_quartz", connection);
    await drop.ExecuteNonQueryAsync();
}
var quartz = await new QuartzBench(Database("cnap_bench_quartz"), options.Int("quartz", 10_000), TimeSpan.FromSeconds(options.Int("quartz-window", 10)),
    options.Int("quartz-threads", 10)).RunAsync();
quartz.Print();

Console.WriteLine($"== ratio of sustained firing rates: engine {engine.FiringRate:F0}/s ÷ Quartz {quartz.FiringRate:F0}/s = {engine.FiringRate / quartz.FiringRate:F1}×");
Console.WriteLine($"   claiming alone {engineBench.ClaimRate:F0}/s ÷ Quartz = {engineBench.ClaimRate / quartz.FiringRate:F1}×");
Console.WriteLine($"   targets: 100k drain ≤ 60 s (first due → last fired {engine.FirstDueToLastFiredSeconds:F1} s), p99 lateness ≤ 5 s ({engine.LatenessP99:F2} s), "
    + $"duplicates 0 ({engine.Duplicates} / {quartz.Duplicates}), ≥ 20× Quartz");
return engine.Duplicates == 0 && engine.Lost == 0 ? 0 : 1;

internal sealed class Args(Dictionary<string, string> values)
{
    public static Args Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i].TrimStart('-')] = args[i + 1];
        return new Args(values);
    }

    public int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v) : fallback;

    public double Double(string name, double fallback) => values.TryGetValue(name, out var v) ? double.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
