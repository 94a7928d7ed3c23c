using System.Net;
using Cnap.Domain.Cases;

namespace Cnap.Host.Tests.Portal;

public sealed class TrackingRateLimitTests : HostOnSqlite
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["RateLimits:TrackingLookup:PermitLimit"] = "3";
        settings["RateLimits:TrackingLookup:Window"] = "00:10:00";
    }

    [Fact]
    public async Task Guessing_codes_on_the_tracking_page_is_stopped_after_the_limit()
    {
        var client = Host.CreateClient(new() { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/t/{TrackingCode.New().Value}")).StatusCode);

        var limited = await client.GetAsync($"/t/{TrackingCode.New().Value}");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Contains("lang=\"uk\"", await limited.Content.ReadAsStringAsync());
    }
}
