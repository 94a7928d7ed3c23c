using System.Diagnostics;
using System.Globalization;

namespace Cnap.Bench.Engine;

/// <summary>Measures the first transition of a freshly started process (the "≤ 2 s after start" target).</summary>
internal static class FirstTransition
{
    public static async Task<int> RunAsync(string connectionString, string bookmarkId, DateTime processStart)
    {
        await using var engine = new EngineBench(connectionString);
        var clock = Stopwatch.StartNew();
        var result = await engine.ResumeAsync(bookmarkId);
        var resume = clock.Elapsed;
        var since = TimeProvider.System.GetUtcNow().UtcDateTime - processStart;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Outcome} {since.TotalSeconds} {resume.TotalMilliseconds}"));
        return result.Outcome == Cnap.Workflows.Runtime.ResumeOutcome.Resumed ? 0 : 1;
    }

    /// <summary>
    /// Resumes a waiting instance from <paramref name="runs"/> fresh processes, one after another; prints each, then
    /// where one more fresh process spends the time. Returns the medians.
    /// </summary>
    public static async Task<ColdStart> MeasureAsync(EngineBench engine, string connectionString, int runs)
    {
        var measured = new List<(TimeSpan SinceStart, TimeSpan Resume)>();
        for (var i = 0; i < runs; i++)
        {
            var waiting = await engine.StartAsync();
            var run = await MeasureInChildAsync(connectionString, waiting.OpenedBookmarkIds![0]);
            Console.WriteLine($"first transition in a fresh process: committed {run.SinceStart.TotalSeconds:N2} s after its start; the resume itself took {run.Resume.TotalMilliseconds:N0} ms");
            measured.Add(run);
        }
        var (probeA, probeB) = (await engine.StartAsync(), await engine.StartAsync());
        Console.WriteLine("where a fresh process spends it (another fresh process, the steps of a resume timed one by one):");
        Console.Write(await RunChildAsync("--cold-breakdown", connectionString, probeA.OpenedBookmarkIds![0], probeB.OpenedBookmarkIds![0]));
        var median = measured.OrderBy(m => m.SinceStart).ElementAt(runs / 2);
        return new ColdStart(median.SinceStart, median.Resume, runs + 2);
    }

    private static async Task<(TimeSpan SinceStart, TimeSpan Resume)> MeasureInChildAsync(string connectionString, string bookmarkId)
    {
        var output = (await RunChildAsync("--first-transition", connectionString, bookmarkId)).Trim().Split(' ');
        if (output.Length != 3)
            throw new InvalidOperationException($"the first-transition process failed: {string.Join(' ', output)}");
        return (TimeSpan.FromSeconds(double.Parse(output[1], CultureInfo.InvariantCulture)),
            TimeSpan.FromMilliseconds(double.Parse(output[2], CultureInfo.InvariantCulture)));
    }

    /// <summary>Runs this program again as a fresh process with <paramref name="arguments"/>; returns what it printed.</summary>
    public static async Task<string> RunChildAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(FirstTransition).Assembly.Location);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
            throw new InvalidOperationException($"the child process failed: {output}");
        return output;
    }
}

/// <summary>The median cold transition, and how many instances the measurement left waiting.</summary>
internal sealed record ColdStart(TimeSpan SinceStart, TimeSpan Resume, int Instances);
