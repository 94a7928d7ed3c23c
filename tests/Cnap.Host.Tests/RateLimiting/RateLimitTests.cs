using System.Net;
using Cnap.Host.Tests.Identity;
using Cnap.Testing;

namespace Cnap.Host.Tests.RateLimiting;

public sealed class RateLimitTests : HostOnSqlite
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["RateLimits:Login:PermitLimit"] = "3";
        settings["RateLimits:Login:Window"] = "00:10:00";
        settings["RateLimits:Sms:PermitLimit"] = "1";
        settings["RateLimits:Sms:Window"] = "00:15:00";
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_with_Retry_After_and_a_Ukrainian_page()
    {
        var session = new BrowserSession(Host);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await session.StaffLoginAsync("nobody", "wrong password " + i)).StatusCode);

        var limited = await session.StaffLoginAsync("nobody", "one more try");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 600);
        var html = await limited.Content.ReadAsStringAsync();
        Assert.Contains("Забагато спроб", html);
        Assert.Contains("Спробуйте знову за", html);
    }

    [Fact]
    public async Task Showing_the_sign_in_form_is_not_counted()
    {
        var session = new BrowserSession(Host);

        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/staff/login")).StatusCode);
    }

    [Fact]
    public async Task Sign_up_that_sends_a_code_is_limited_harder_than_sign_in()
    {
        var session = new BrowserSession(Host);
        (string, string)[] form = [("Input.Name", "Тарас"), ("Input.Contact", "+380671234567"), ("Input.Password", "long enough passphrase here"), ("Input.Repeat", "long enough passphrase here")];

        var first = await session.SubmitAsync("/account/register", form);
        var second = await session.SubmitAsync("/account/register", form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter is not null);
    }
}
