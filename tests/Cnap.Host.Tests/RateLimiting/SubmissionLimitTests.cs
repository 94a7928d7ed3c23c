using System.Net;
using System.Net.Http.Json;
using Cnap.Host.Identity;
using Cnap.Host.Tests.Identity;
using Cnap.Testing;

namespace Cnap.Host.Tests.RateLimiting;

public sealed class SubmissionLimitTests : HostOnSqlite
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["RateLimits:Submission:PermitLimit"] = "2";
        settings["RateLimits:StaffSubmission:PermitLimit"] = "4";
    }

    [Fact]
    public async Task Registering_cases_is_limited_per_caller_with_more_room_for_staff()
    {
        var accounts = new TestAccounts(Host);
        var anonymous = Host.CreateClient();
        var citizen = accounts.ApiClient(await accounts.CitizenAsync("limit.citizen@example.com"));
        var clerk = accounts.ApiClient(await accounts.StaffAsync("limit.clerk", CnapRoles.Administrator));

        Assert.Equal(new[] { false, false, true }, await TriesAsync(anonymous, 3));
        Assert.Equal(new[] { false, false, true }, await TriesAsync(citizen, 3));
        Assert.Equal(new[] { false, false, false, false, true }, await TriesAsync(clerk, 5));
    }

    [Fact]
    public async Task Reading_cases_is_not_counted_as_submitting()
    {
        var client = Host.CreateClient();

        for (var i = 0; i < 5; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/cases")).StatusCode);
        Assert.Equal(new[] { false, false, true }, await TriesAsync(client, 3));
    }

    /// <summary>Whether each try was turned away with 429 (an empty application is refused on its merits otherwise).</summary>
    private static async Task<bool[]> TriesAsync(HttpClient client, int count)
    {
        var limited = new bool[count];
        for (var i = 0; i < count; i++)
            limited[i] = (await client.PostAsJsonAsync("/api/cases", new { })).StatusCode == HttpStatusCode.TooManyRequests;
        return limited;
    }
}
