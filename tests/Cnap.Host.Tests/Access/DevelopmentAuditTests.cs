using System.Net;
using Cnap.Domain.Cases;
using Cnap.Domain.Organisations;
using Cnap.Host.Audit;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Cnap.Host.Tests.Identity;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Access;

/// <summary>Development leaves the API open to anonymous tools, but a signed-in person is still bound and audited.</summary>
public sealed class DevelopmentAuditTests : HostOnSqlite
{
    protected override bool StartsAtOnce => true;

    protected override void Configure(IDictionary<string, string?> settings)
    {
        settings["Database:SeedDemoData"] = "true";
    }

    [Fact]
    public async Task With_the_switch_off_a_signed_in_staff_look_at_a_case_is_audited_and_an_outsider_is_not_let_in()
    {
        var (caseId, centre, otherCentre) = await CaseAndCentresAsync();
        var accounts = new TestAccounts(Host);
        var clerk = await accounts.StaffAsync("dev.clerk", CnapRoles.Administrator, (MembershipKind.Centre, centre));
        var outsider = await accounts.StaffAsync("dev.outsider", CnapRoles.Administrator, (MembershipKind.Centre, otherCentre));

        var anonymous = await Host.CreateClient().GetAsync($"/api/cases/{caseId}");
        var seen = await accounts.ApiClient(clerk).GetAsync($"/api/cases/{caseId}");
        var refused = await accounts.ApiClient(outsider).GetAsync($"/api/cases/{caseId}");

        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        await using var scope = Host.Services.CreateAsyncScope();
        var reads = await scope.ServiceProvider.GetRequiredService<CnapDbContext>().Set<AuditEntry>().AsNoTracking()
            .Where(e => e.CaseId == caseId && e.Action == "case:read").Select(e => e.UserId).ToListAsync();
        Assert.Equal([clerk.UserId], reads);
    }

    private async Task<(Guid Case, Guid Centre, Guid OtherCentre)> CaseAndCentresAsync()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        var found = await db.Set<Case>().AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.CentreId }).FirstAsync();
        var other = await db.Set<ServiceCentre>().AsNoTracking().Where(c => c.Id != found.CentreId).Select(c => c.Id).FirstAsync();
        return (found.Id, found.CentreId, other);
    }
}
