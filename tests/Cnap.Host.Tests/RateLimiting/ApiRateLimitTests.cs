using System.Net;
using System.Text.Json;
using Cnap.Host.RateLimiting;
using Cnap.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.RateLimiting;

public sealed class ApiRateLimitTests : HostOnSqlite
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["RateLimits:TrackingLookup:PermitLimit"] = "2";
    }

    [Fact]
    public async Task An_API_route_under_a_named_limit_answers_429_as_problem_details_with_Retry_After()
    {
        using var app = Host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new ExtraRoute())));
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/test-tracking/ABC123")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/test-tracking/ABC123")).StatusCode);
        var limited = await client.GetAsync("/api/test-tracking/ABC123");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(limited.Headers.RetryAfter?.Delta);
        using var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Забагато спроб", problem.RootElement.GetProperty("title").GetString());
    }

    /// <summary>A stand-in for the tracking lookup another feature maps: only the limit's name is borrowed.</summary>
    private sealed class ExtraRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.MapWhen(context => context.Request.Path.StartsWithSegments("/api/test-tracking"), branch =>
            {
                branch.UseRouting();
                branch.UseRateLimiter();
                branch.UseEndpoints(endpoints => endpoints.MapGet("/api/test-tracking/{code}", (string code) => Results.Ok(code))
                    .RequireRateLimiting(RateLimits.TrackingLookup));
            });
            next(app);
        };
    }
}
