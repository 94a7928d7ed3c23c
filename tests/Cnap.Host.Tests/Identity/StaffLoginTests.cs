using System.Net;
using Cnap.Host.Identity;
using Cnap.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Identity;

public sealed class StaffLoginTests : HostOnSqlite
{
    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Identity:RequireStaffTwoFactor"] = "false";
        settings["Identity:MaxFailedAccessAttempts"] = "3";
    }

    [Fact]
    public async Task Staff_member_signs_in_with_login_and_password_and_lands_on_the_desk()
    {
        await new TestAccounts(Host).StaffAsync("olena", CnapRoles.Administrator);
        var session = new BrowserSession(Host);

        var response = await session.StaffLoginAsync("olena", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/desk", BrowserSession.Location(response));
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("cnap.session="));
    }

    [Fact]
    public async Task Sign_ins_and_failures_are_in_the_audit_trail_with_role_and_centre()
    {
        var centre = Guid.NewGuid();
        var account = await new TestAccounts(Host).StaffAsync("audited", CnapRoles.CentreHead, (MembershipKind.Centre, centre));
        var session = new BrowserSession(Host);

        await session.StaffLoginAsync("audited", "not the password at all");
        await session.StaffLoginAsync("audited", TestAccounts.Password);

        await using var scope = Host.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<Cnap.Host.Data.CnapDbContext>().Set<Cnap.Host.Audit.AuditEntry>()
            .Where(e => e.ResourceId == account.UserId).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["signin.failed", "signin"], entries.Select(e => e.Action));
        Assert.Equal((CnapRoles.CentreHead, $"Centre:{centre}", centre.ToString()), (entries[1].Role, entries[1].Organisation, entries[1].Chain));
    }

    [Fact]
    public async Task Wrong_password_shows_a_Ukrainian_message_and_keeps_the_user_signed_out()
    {
        await new TestAccounts(Host).StaffAsync("petro", CnapRoles.Administrator);
        var session = new BrowserSession(Host);

        var response = await session.StaffLoginAsync("petro", "not the password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Невірний логін або пароль.", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("cnap.session="));
    }

    [Fact]
    public async Task Account_is_locked_after_repeated_failures_even_for_the_right_password()
    {
        var account = await new TestAccounts(Host).StaffAsync("ivan", CnapRoles.Administrator);
        var session = new BrowserSession(Host);

        for (var attempt = 0; attempt < 3; attempt++)
            await session.StaffLoginAsync("ivan", "wrong password " + attempt);
        var response = await session.StaffLoginAsync("ivan", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("вхід тимчасово заблоковано", await response.Content.ReadAsStringAsync());
        await using var scope = Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnapUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(account.UserId))!));
    }

    [Fact]
    public async Task Citizen_account_cannot_use_the_staff_sign_in()
    {
        await new TestAccounts(Host).CitizenAsync("taras@example.com");
        var session = new BrowserSession(Host);

        var response = await session.StaffLoginAsync("taras@example.com", TestAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Невірний логін або пароль.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Return_address_off_the_site_is_ignored_after_sign_in()
    {
        await new TestAccounts(Host).StaffAsync("oksana", CnapRoles.Methodologist);
        var session = new BrowserSession(Host);

        var response = await session.SubmitAsync("/staff/login?returnUrl=%2F%2Fevil.example%2F",
            ("Input.Login", "oksana"), ("Input.Password", TestAccounts.Password));

        Assert.Equal("/desk", BrowserSession.Location(response));
    }
}
