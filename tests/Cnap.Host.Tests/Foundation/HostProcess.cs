using System.Diagnostics;

namespace Cnap.Host.Tests.Foundation;

/// <summary>Runs the built Cnap.Host binary as a real process, the way a deployment does.</summary>
internal static class HostProcess
{
    public static string HostDll()
    {
        var testOutput = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = testOutput.Parent!.Name;
        return Path.Combine(ArchitectureTests.RepositoryRoot(), "src", "Cnap.Host", "bin", configuration, "net10.0", "Cnap.Host.dll");
    }

    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var hostDll = HostDll();
        var start = new ProcessStartInfo("dotnet", [hostDll, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        return Process.Start(start)!;
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
