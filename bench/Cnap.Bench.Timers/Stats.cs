namespace Cnap.Bench.Timers;

public static class Stats
{
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

public sealed record Result(string Name, int Timers, double FirstDueToLastFiredSeconds, double AfterLastDueSeconds, double FiringRate,
    double LatenessP50, double LatenessP99, double LatenessMax, long Duplicates, int Lost, string LoadBefore, string LoadAfter)
{
    public void Print()
    {
        Console.WriteLine($"== {Name}: {Timers:N0} timers");
        Console.WriteLine($"   first due → last fired     {FirstDueToLastFiredSeconds,8:F1} s   (last fired {AfterLastDueSeconds:F1} s after the last due time)");
        Console.WriteLine($"   firing rate (sustained)    {FiringRate,8:F0} /s");
        Console.WriteLine($"   lateness p50 / p99 / max   {LatenessP50:F2} / {LatenessP99:F2} / {LatenessMax:F2} s");
        Console.WriteLine($"   duplicates {Duplicates}, not fired {Lost}");
        Console.WriteLine($"   load average before {LoadBefore}, after {LoadAfter}");
    }
}
