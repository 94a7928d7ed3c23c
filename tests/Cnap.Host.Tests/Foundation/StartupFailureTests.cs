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
        var (exitCode, output) = await HostProcess.RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Database__Provider"] = provider,
            ["ConnectionStrings__Cnap"] = connectionString,
        });

        Assert.Equal(1, exitCode);
        var lines = output.Split('\n').Where(l => l.Contains("Cannot start", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", output);
    }
}
