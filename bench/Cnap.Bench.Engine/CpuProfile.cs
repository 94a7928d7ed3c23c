using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Cnap.Bench.Engine;

/// <summary>
/// CPU of this process and of the PostgreSQL server per transition, from one client (no contention), for the engine
/// and for the hand-written baseline: the figures that decide throughput on a small machine where the database shares
/// the cores. Then the steps of a warm resume timed one by one (wall time, one client).
/// </summary>
internal static class CpuProfile
{
    public static async Task RunAsync(EngineBench engine, string connectionString, string sampleState, int count)
    {
        var first = new string[count];
        var second = new string[count];
        var probes = new string[count];
        for (var i = 0; i < count; i++)
            first[i] = (await engine.StartAsync()).OpenedBookmarkIds![0];
        for (var i = 0; i < count; i++)
            probes[i] = (await engine.StartAsync()).OpenedBookmarkIds![0];
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var baseline = new BaselineBench(dataSource, sampleState);
        await baseline.CreateSchemaAsync();
        await baseline.SeedAsync(count);
        var server = await ServerCpu.FindAsync(connectionString);

        // Warm both paths first so that JIT tiering does not count.
        var warm = Math.Min(200, count / 4);
        for (var i = 0; i < warm; i++)
            second[i] = (await engine.ResumeAsync(first[i])).OpenedBookmarkIds![0];
        for (var i = 0; i < warm; i++)
            await baseline.TransitionAsync(i, 1);

        Console.WriteLine($"measuring the engine in process {Environment.ProcessId}");
        var engineCpu = await MeasureAsync(server, warm, count, async i => second[i] = (await engine.ResumeAsync(first[i])).OpenedBookmarkIds![0]);
        Console.WriteLine("measuring the baseline");
        var baselineCpu = await MeasureAsync(server, warm, count, i => baseline.TransitionAsync(i, 1));
        Console.WriteLine($"one client, {count - warm:N0} transitions each, per transition:");
        Console.WriteLine($"  engine   {engineCpu.Cpu:N3} ms CPU here + {engineCpu.Server:N3} ms CPU in PostgreSQL / {engineCpu.Wall:N3} ms wall");
        Console.WriteLine($"  baseline {baselineCpu.Cpu:N3} ms CPU here + {baselineCpu.Server:N3} ms CPU in PostgreSQL / {baselineCpu.Wall:N3} ms wall");

        var phases = new Dictionary<string, double>();
        var clock = new Stopwatch();
        for (var i = 0; i < count; i++)
        {
            if (i == warm)
                phases.Clear();
            clock.Restart();
            await ColdBreakdown.ResumeAsync(engine, probes[i], name =>
            {
                phases[name] = phases.GetValueOrDefault(name) + clock.Elapsed.TotalMilliseconds;
                clock.Restart();
            });
        }
        Console.WriteLine("a warm resume step by step (wall, one client, mean):");
        foreach (var (name, ms) in phases)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms / (count - warm),9:N3} ms  {name}"));
    }

    private static async Task<(double Cpu, double Server, double Wall)> MeasureAsync(ServerCpu? server, int from, int to, Func<int, Task> operation)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var serverCpu = server?.Total() ?? TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        for (var i = from; i < to; i++)
            await operation(i);
        clock.Stop();
        process.Refresh();
        var n = to - from;
        var serverUsed = server is null ? double.NaN : (server.Total() - serverCpu).TotalMilliseconds / n;
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds / n, serverUsed, clock.Elapsed.TotalMilliseconds / n);
    }
}
