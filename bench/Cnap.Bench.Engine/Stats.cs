using System.Diagnostics;

namespace Cnap.Bench.Engine;

/// <summary>Latencies of one run and its throughput.</summary>
public sealed class RunStats(string name, int operations, TimeSpan elapsed, IReadOnlyList<long> latencyTicks)
{
    public IReadOnlyList<long> Latencies => latencyTicks;

    public string Name => name;
    public int Operations => operations;
    public TimeSpan Elapsed => elapsed;
    public double PerSecond => operations / elapsed.TotalSeconds;

    public double PercentileMs(double p)
    {
        if (latencyTicks.Count == 0)
            return 0;
        var sorted = latencyTicks.Order().ToArray();
        var index = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }

    public override string ToString() =>
        $"{name,-34} {operations,9:N0} ops in {elapsed.TotalSeconds,7:N1} s = {PerSecond,8:N0}/s   p50 {PercentileMs(50),6:N2} ms  p95 {PercentileMs(95),6:N2} ms  p99 {PercentileMs(99),6:N2} ms";
}

/// <summary>Runs work items from 16 (or N) concurrent clients, optionally paced to a total rate.</summary>
public static class Clients
{
    public static async Task<RunStats> RunAsync(string name, int clients, int count, Func<int, Task> operation, double? ratePerSecond = null)
    {
        var next = -1;
        var latencies = new List<long>[clients];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var own = latencies[c] = new List<long>(count / clients + 16);
            var done = 0;
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= count)
                    break;
                if (ratePerSecond is { } rate)
                {
                    // Open-loop pacing per client: operation k of this client is due at k / (rate / clients) seconds.
                    var due = TimeSpan.FromSeconds(done * clients / rate);
                    var wait = due - clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                        await Task.Delay(wait);
                }
                var start = Stopwatch.GetTimestamp();
                await operation(index);
                own.Add(Stopwatch.GetTimestamp() - start);
                done++;
            }
        })).ToArray();
        await Task.WhenAll(workers);
        clock.Stop();
        return new RunStats(name, count, clock.Elapsed, latencies.SelectMany(l => l).ToList());
    }
}
