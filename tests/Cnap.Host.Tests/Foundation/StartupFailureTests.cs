using System.Diagnostics;

namespace Cnap.Host.Tests.Foundation;

/// <summary>A wrong database setting stops the real process with one clear line naming the setting.</summary>
public sealed class StartupFailureTests
{
    [Theory]
    [InlineData("Postgres", "Host=127.0.0.1;Port=1;Username=cnap;Timeout=3", "ConnectionStrings:Cnap")]
    [InlineData("Postgres", "Hots=localhost", "ConnectionStrings:Cnap is not a valid Postgres connection string")]
    [InlineData("Postgres", "", "ConnectionStrings:Cnap must be set")]
    [InlineData("Oracle", "", "Database:Provider must be Sqlite or Postgres, not Oracle")]
    public async Task Bad_database_setting_stops_startup_with_one_clear_line(string provider, string connectionString, string expected)
    {
        var (exitCode, output) = await RunHostAsync(provider, connectionString);

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n').Where(l => l.Contains("Cannot start", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", output);
    }

    private static async Task<(int ExitCode, string Output)> RunHostAsync(string provider, string connectionString)
    {
        var testOutput = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = testOutput.Parent!.Name;
        var hostDll = Path.Combine(ArchitectureTests.RepositoryRoot(), "src", "Cnap.Host", "bin", configuration, "net10.0", "Cnap.Host.dll");
        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Database__Provider"] = provider;
        start.Environment["ConnectionStrings__Cnap"] = connectionString;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
