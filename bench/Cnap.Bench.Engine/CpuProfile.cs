using System.Diagnostics;
using Npgsql;

namespace Cnap.Bench.Engine;

/// <summary>
/// CPU of this process per transition, from one client (no contention), for the engine and for the hand-written
/// baseline: the figure that decides throughput on a small machine where the database shares the cores.
/// </summary>
internal static class CpuProfile
{
    public static async Task RunAsync(EngineBench engine, string connectionString, string sampleState, int count)
    {
        var first = new string[count];
        var second = new string[count];
        for (var i = 0; i < count; i++)
            first[i] = (await engine.StartAsync()).OpenedBookmarkIds![0];
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var baseline = new BaselineBench(dataSource, sampleState);
        await baseline.CreateSchemaAsync();
        await baseline.SeedAsync(count);

        // Warm both paths first so that JIT tiering does not count.
        var warm = Math.Min(200, count / 4);
        for (var i = 0; i < warm; i++)
            second[i] = (await engine.ResumeAsync(first[i])).OpenedBookmarkIds![0];
        for (var i = 0; i < warm; i++)
            await baseline.TransitionAsync(i, 1);

        Console.WriteLine($"measuring the engine in process {Environment.ProcessId}");
        var engineCpu = await MeasureAsync(warm, count, async i => second[i] = (await engine.ResumeAsync(first[i])).OpenedBookmarkIds![0]);
        Console.WriteLine("measuring the baseline");
        var baselineCpu = await MeasureAsync(warm, count, i => baseline.TransitionAsync(i, 1));
        Console.WriteLine($"one client, {count - warm:N0} transitions each: engine {engineCpu.Cpu:N3} ms CPU / {engineCpu.Wall:N3} ms wall per transition; baseline {baselineCpu.Cpu:N3} ms CPU / {baselineCpu.Wall:N3} ms wall");
    }

    private static async Task<(double Cpu, double Wall)> MeasureAsync(int from, int to, Func<int, Task> operation)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var i = from; i < to; i++)
            await operation(i);
        clock.Stop();
        process.Refresh();
        var n = to - from;
        return ((process.TotalProcessorTime - cpu).TotalMilliseconds / n, clock.Elapsed.TotalMilliseconds / n);
    }
}
