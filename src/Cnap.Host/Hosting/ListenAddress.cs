namespace Cnap.Host.Hosting;

/// <summary>
/// Where Kestrel listens when nothing says: <c>http://localhost:5080</c>. The launch profile names no address, because
/// <c>dotnet run</c> lets a profile's address override <c>ASPNETCORE_URLS</c>; any address given by
/// <c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>ASPNETCORE_HTTP_PORTS</c> (the container) or <c>Kestrel:Endpoints</c> wins.
/// </summary>
public static class ListenAddress
{
    public const string Default = "http://localhost:5080";

    public static void ListenOnDefaultAddressUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (string.IsNullOrWhiteSpace(configuration["urls"]) && string.IsNullOrWhiteSpace(configuration["http_ports"])
            && string.IsNullOrWhiteSpace(configuration["https_ports"]) && !configuration.GetSection("Kestrel:Endpoints").Exists())
            builder.WebHost.UseUrls(Default);
    }
}
