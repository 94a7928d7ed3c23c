using System.Net;
using System.Text.RegularExpressions;
using Cnap.Host.Identity;
using Cnap.Testing;
using OtpNet;

namespace Cnap.Host.Tests.Identity;

public sealed class TwoFactorTests : HostOnSqlite
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Identity:RequireStaffTwoFactor"] = "true";
    }

    [Fact]
    public async Task Staff_without_TOTP_must_enrol_before_getting_a_session_then_needs_a_code_every_time()
    {
        await new TestAccounts(Host).StaffAsync("maria", CnapRoles.CentreHead);
        var session = new BrowserSession(Host);

        var afterPassword = await session.StaffLoginAsync("maria", TestAccounts.Password);
        Assert.StartsWith("/staff/login/enrol", BrowserSession.Location(afterPassword));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedInStatusAsync(session));

        var enrolPage = await session.Client.GetStringAsync(BrowserSession.Location(afterPassword));
        var key = Regex.Match(enrolPage, "data-key=\"(?<key>[A-Z2-7]+)\"").Groups["key"].Value;
        Assert.NotEmpty(key);
        Assert.Contains("<svg", enrolPage);

        var wrong = await session.SubmitAsync(BrowserSession.Location(afterPassword)!, ("Input.Code", "000000"));
        Assert.Contains("Невірний або застарілий код.", await wrong.Content.ReadAsStringAsync());

        var enrolled = await session.SubmitAsync(BrowserSession.Location(afterPassword)!, ("Input.Code", Code(key)));
        Assert.Equal("/desk", BrowserSession.Location(enrolled));
        Assert.Equal(HttpStatusCode.OK, await SignedInStatusAsync(session));

        var fresh = new BrowserSession(Host);
        var second = await fresh.StaffLoginAsync("maria", TestAccounts.Password);
        Assert.StartsWith("/staff/login/2fa", BrowserSession.Location(second));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignedInStatusAsync(fresh));
        var bad = await fresh.SubmitAsync(BrowserSession.Location(second)!, ("Input.Code", "123456"));
        Assert.Contains("Невірний або застарілий код.", await bad.Content.ReadAsStringAsync());
        var good = await fresh.SubmitAsync(BrowserSession.Location(second)!, ("Input.Code", Code(key)));
        Assert.Equal("/desk", BrowserSession.Location(good));
        Assert.Equal(HttpStatusCode.OK, await SignedInStatusAsync(fresh));
    }

    private static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();

    /// <summary>The access log of an unknown case: 404 for a signed-in user, 401 for nobody.</summary>
    private static async Task<HttpStatusCode> SignedInStatusAsync(BrowserSession session)
    {
        var status = (await session.Client.GetAsync($"/api/cases/{Guid.NewGuid()}/access-log")).StatusCode;
        return status == HttpStatusCode.NotFound ? HttpStatusCode.OK : status;
    }
}
