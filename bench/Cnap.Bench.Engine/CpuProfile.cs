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

        // The two alternate in chunks, so that a change in the machine's other load falls on both alike.
        Console.WriteLine($"measuring the engine and the baseline in process {Environment.ProcessId}");
        var engineCpu = new Measure();
        var baselineCpu = new Measure();
        const int chunk = 250;
        for (var from = warm; from < count; from += chunk)
        {
            var to = Math.Min(count, from + chunk);
            await engineCpu.RunAsync(server, from, to, async i => second[i] = (await engine.ResumeAsync(first[i])).OpenedBookmarkIds![0]);
            await baselineCpu.RunAsync(server, from, to, i => baseline.TransitionAsync(i, 1));
        }
        Console.WriteLine($"one client, {count - warm:N0} transitions each, per transition (load average {File.ReadAllText("/proc/loadavg")[..14]}):");
        Console.WriteLine($"  engine   {engineCpu}");
        Console.WriteLine($"  baseline {baselineCpu}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  engine / baseline: CPU here {engineCpu.Cpu / baselineCpu.Cpu:N2}x, in PostgreSQL {engineCpu.Server / baselineCpu.Server:N2}x, both {(engineCpu.Cpu + engineCpu.Server) / (baselineCpu.Cpu + baselineCpu.Server):N2}x"));

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

    private sealed class Measure
    {
        private TimeSpan cpu, server, wall;
        private int n;

        public double Cpu => cpu.TotalMilliseconds / n;
        public double Server => server.TotalMilliseconds / n;
        public double Wall => wall.TotalMilliseconds / n;

        public async Task RunAsync(ServerCpu? serverCpu, int from, int to, Func<int, Task> operation)
        {
            var process = Process.GetCurrentProcess();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var serverBefore = serverCpu?.Total() ?? TimeSpan.Zero;
            var clock = Stopwatch.StartNew();
            for (var i = from; i < to; i++)
                await operation(i);
            wall += clock.Elapsed;
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            server += (serverCpu?.Total() ?? TimeSpan.Zero) - serverBefore;
            n += to - from;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Cpu:N3} ms CPU here + {Server:N3} ms CPU in PostgreSQL / {Wall:N3} ms wall");
    }
}
