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

    public static async Task<(TimeSpan SinceStart, TimeSpan Resume)> MeasureInChildAsync(string connectionString, string bookmarkId)
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
