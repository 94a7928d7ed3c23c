using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Cases;

/// <summary>
/// Where applicants reach this site, for the tracking links in notices: <c>Cases:PublicUrl</c> when set (production must
/// set it: behind a proxy the host cannot know its public name), otherwise the address the host itself listens on.
/// </summary>
public sealed class PublicAddress(IOptions<CaseOptions> options, IServer server, IConfiguration configuration)
{
    public const string Fallback = "http://localhost:5080";

    public string Url => (options.Value.PublicUrl is { Length: > 0 } configured ? configured : Reachable(Listening())).TrimEnd('/');

    private string Listening()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            ?? Fallback;
    }

    /// <summary>A wildcard listening address (<c>http://+:8080</c>, <c>http://0.0.0.0:80</c>) names no host a link can reach.</summary>
    private static string Reachable(string address)
    {
        var wildcard = address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcard, UriKind.Absolute, out var uri))
            return Fallback;
        return uri.Host is "0.0.0.0" or "[::]" or "::" ? new UriBuilder(uri) { Host = "localhost" }.Uri.GetLeftPart(UriPartial.Authority) : uri.GetLeftPart(UriPartial.Authority);
    }
}
