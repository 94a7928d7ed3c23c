using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Cnap.Host.RateLimiting;

/// <summary>
/// Behind the reverse proxy the README requires, every request comes from the proxy's address: rate limits, sign-in
/// throttling and the audit trail would all see one client. X-Forwarded-For and -Proto are honoured from the proxies
/// named in <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c> only, so nobody else can choose their address.
/// </summary>
public static class ClientAddress
{
    public const string Section = "ForwardedHeaders";

    public static void AddCnapForwardedHeaders(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks)
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
        });
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    public static void UseCnapForwardedHeaders(this WebApplication app) => app.UseForwardedHeaders();
}
