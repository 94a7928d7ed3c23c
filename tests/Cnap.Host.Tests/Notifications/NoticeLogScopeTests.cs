using System.Security.Claims;
using Cnap.Domain.Cases;
using Cnap.Domain.Notifications;
using Cnap.Domain.Organisations;
using Cnap.Host.Audit;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Cnap.Host.Notifications.Outbox;
using Cnap.Host.Tests.Identity;
using Cnap.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Notifications;

/// <summary>The Desk's notice log over the demo region: each viewer sees their own centre's notices, and each look is logged.</summary>
public sealed class NoticeLogScopeTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_centre_administrator_sees_only_the_notices_of_the_centres_cases_and_each_case_shown_is_access_logged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        host.Settings["Database:SeedDemoData"] = "true";
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        var centreOf = await db.Set<Case>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.CentreId);
        var noticesPerCentre = (await db.Set<OutboxEntry>().AsNoTracking().Where(e => e.CaseId != null).Select(e => e.CaseId!.Value).ToListAsync())
            .GroupBy(id => centreOf[id]).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(noticesPerCentre.Count >= 2, "The demo should hold notices of at least two centres.");
        var centre = noticesPerCentre.OrderByDescending(p => p.Value).First().Key;
        var regionId = await db.Set<ServiceCentre>().Where(c => c.Id == centre).Select(c => c.RegionId).SingleAsync();
        var accounts = new TestAccounts(host);
        var administrator = await PrincipalAsync(scope, await accounts.StaffAsync("log.admin", CnapRoles.Administrator, (MembershipKind.Centre, centre)));
        var regionalHead = await PrincipalAsync(scope, await accounts.StaffAsync("log.region", CnapRoles.RegionalHead, (MembershipKind.Region, regionId)));
        var log = scope.ServiceProvider.GetRequiredService<OutboxLog>();

        var seen = await log.LatestAsync(administrator, count: 1000);

        Assert.Equal(noticesPerCentre[centre], seen.Count);
        Assert.All(seen, line => Assert.Equal(centre, centreOf[line.CaseId!.Value]));
        var logged = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.Action == OutboxLog.ReadAction && e.UserName == "Test log.admin").Select(e => e.CaseId).ToListAsync();
        Assert.Equal(seen.Select(l => l.CaseId).Distinct().Order(), logged.Order());
        var regionCentres = await db.Set<ServiceCentre>().Where(c => c.RegionId == regionId).Select(c => c.Id).ToListAsync();
        Assert.Equal(noticesPerCentre.Where(p => regionCentres.Contains(p.Key)).Sum(p => p.Value), (await log.LatestAsync(regionalHead, count: 1000)).Count);
    }

    private static async Task<ClaimsPrincipal> PrincipalAsync(AsyncServiceScope scope, TestAccounts.Account account)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CnapUser>>();
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<CnapUser>>().CreateAsync((await users.FindByIdAsync(account.UserId))!);
    }
}
