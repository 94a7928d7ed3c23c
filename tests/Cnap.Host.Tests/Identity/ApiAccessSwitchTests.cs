using System.Net;
using Cnap.Host.Access;
using Cnap.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Identity;

public sealed class ApiAccessSwitchTests
{
    [Fact]
    public async Task Outside_Development_every_api_route_without_AllowAnonymous_asks_for_authentication()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(database) { Environment = "Production" };
        var client = host.CreateClient();

        var open = OpenApiGets(host).ToList();
        Assert.NotEmpty(open);
        foreach (var route in open)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(route)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task In_Development_the_same_routes_answer_without_sign_in_and_the_switch_can_turn_it_on()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var development = new CnapHostFactory(database);
        var route = OpenApiGets(development).First();
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await development.CreateClient().GetAsync(route)).StatusCode);

        await using var switchedOn = new CnapHostFactory(database);
        switchedOn.Settings["Access:RequireAuthenticatedApi"] = "true";
        Assert.Equal(HttpStatusCode.Unauthorized, (await switchedOn.CreateClient().GetAsync(route)).StatusCode);
    }

    [Fact]
    public async Task An_API_key_passes_the_switch()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var host = new CnapHostFactory(database) { Environment = "Production" };
        var account = await new TestAccounts(host).StaffAsync("integration", Cnap.Host.Identity.CnapRoles.Administrator);
        var route = OpenApiGets(host).First();

        Assert.NotEqual(HttpStatusCode.Unauthorized, (await new TestAccounts(host).ApiClient(account).GetAsync(route)).StatusCode);
    }

    /// <summary>
    /// GET routes under /api that anonymous callers may use while the switch is off (and only then), with sample values;
    /// also any route that states no policy at all, which the switch alone guards.
    /// </summary>
    private static IEnumerable<string> OpenApiGets(CnapHostFactory host)
    {
        _ = host.Server;
        return host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => e.Metadata.GetMetadata<OpenWhileApiIsOpen>() is not null
                        || (e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<AuthorizationPolicy>() is null))
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/api/docs", StringComparison.Ordinal))
            .Select(e => Sample(e.RoutePattern.RawText!))
            .ToList();
    }

    private static string Sample(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, "\\{(?<name>[^}:]+)[^}]*\\}", m =>
            m.Groups["name"].Value.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2025" : Guid.Empty.ToString());
}
