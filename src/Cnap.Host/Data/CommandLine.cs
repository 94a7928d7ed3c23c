namespace Cnap.Host.Data;

/// <summary>Verbs the host binary understands besides serving: used by deployments and the container health check.</summary>
public static class CommandLine
{
    /// <summary><c>Cnap.Host migrate</c> applies pending migrations and exits: production deployments run it before rolling out.</summary>
    public static bool IsMigrate(string[] args) => IsVerb(args, "migrate");

    /// <summary><c>Cnap.Host healthcheck [url]</c> asks a running host for /health; the container image has no curl.</summary>
    public static bool IsHealthCheck(string[] args) => IsVerb(args, "healthcheck");

    public static async Task<int> CheckHealthAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : "http://127.0.0.1:8080/health";
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }

    private static bool IsVerb(string[] args, string verb) =>
        args.Length > 0 && string.Equals(args[0], verb, StringComparison.OrdinalIgnoreCase);
}
