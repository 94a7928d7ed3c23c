using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Host.Data;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.Domain;

public sealed class SeedTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task The_demo_seed_fills_a_region_and_running_it_again_adds_nothing(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind, demo: true);
        var first = await CountAsync(host);

        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
            foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>().Where(IsMine).OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(db, CancellationToken.None);
                db.ChangeTracker.Clear();
            }
        }

        var second = await CountAsync(host);
        Assert.Equal(first, second);
        Assert.Equal((1, 3, 3, 8), (first.Regions, first.Communities, first.Centres, first.Providers));
        Assert.True(first.Units >= 16, $"{first.Units} units");
        Assert.Equal(first.Units, first.Officers);
        Assert.True(first.Services >= 40, $"{first.Services} services");
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Without_demo_data_the_standard_catalogue_is_still_there_but_no_organisations(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);

        var counts = await CountAsync(host);

        Assert.Equal((0, 0, 0), (counts.Centres, counts.Providers, counts.Provisions));
        Assert.True(counts.Services >= 40);
    }

    [Fact]
    public async Task Every_standard_service_can_be_registered_at_every_demo_centre()
    {
        await using var host = await DomainHost.StartAsync(DatabaseKind.Sqlite, demo: true);
        await using var db = host.Contexts.CreateDbContext();
        var centres = await db.Set<ServiceCentre>().AsNoTracking().ToListAsync();
        var services = await db.Set<AdministrativeService>().AsNoTracking().ToListAsync();
        var units = await db.Set<ProviderUnit>().AsNoTracking().ToListAsync();
        var today = new DateOnly(2025, 6, 2);

        var unprovided = from centre in centres
                         from service in services
                         where !service.ProvisionsFor(centre.CommunityId).Any()
                         select $"{service.Code} at {centre.Code}";
        Assert.Empty(unprovided);
        Assert.All(services, s => Assert.True(s.IsEffectiveOn(today), s.Code));
        Assert.All(services.SelectMany(s => s.Provisions), p => Assert.Contains(units, u => u.Id == p.UnitId && u.ProviderId == p.ProviderId));
    }

    [Fact]
    public async Task The_standard_catalogue_carries_the_real_terms_codes_and_fees()
    {
        await using var host = await DomainHost.StartAsync(DatabaseKind.Sqlite);
        await using var db = host.Contexts.CreateDbContext();
        var services = await db.Set<AdministrativeService>().AsNoTracking().ToDictionaryAsync(s => s.Code);

        Assert.Equal(("00034", DeadlineTerm.SameDay, 25.74m),
            (services["residence-registration"].RegisterCode, services["residence-registration"].NormalVariant.Term, services["residence-registration"].NormalVariant.Fee.Amount));
        Assert.Equal("00037", services["residence-deregistration"].RegisterCode);
        var advertising = services["outdoor-advertising-permit"];
        Assert.Equal(("01117", DeadlineTerm.WorkingDays(10), true, true), (advertising.RegisterCode, advertising.NormalVariant.Term,
            advertising.NormalVariant.Fee.IsFree, advertising.SilentConsentApplies));
        Assert.Equal(DeadlineTerm.HoursExcludingDaysOff(24), services["sole-trader-registration"].NormalVariant.Term);
        var realEstate = services["real-estate-ownership"].Variants.ToDictionary(v => v.Code, v => (v.Term, v.Fee.Amount));
        Assert.Equal((DeadlineTerm.WorkingDays(5), 300m), realEstate["normal"]);
        Assert.Equal((DeadlineTerm.WorkingDays(2), 3030m), realEstate["urgent-2wd"]);
        Assert.Equal((DeadlineTerm.WorkingDays(1), 6060m), realEstate["urgent-1wd"]);
        Assert.Equal((DeadlineTerm.Hours(2), 15140m), realEstate["urgent-2h"]);
        var idCard = services["id-card"].Variants.ToDictionary(v => v.Code, v => v.Term);
        Assert.Equal((DeadlineTerm.WorkingDays(20), DeadlineTerm.WorkingDays(10)), (idCard["normal"], idCard["urgent"]));
        Assert.All(services.Values, s => Assert.NotEmpty(s.RefusalGrounds));
        Assert.All(services.Values.Where(s => s.SuspensionAllowed), s => Assert.Contains(s.RefusalGrounds, g => g.Code == "INCOMPLETE"));
        Assert.All(services.Values, s => Assert.Contains("«Про адміністративні послуги»", s.Card.LegalActs[0].Title));
        Assert.Equal(services.Count, services.Values.Select(s => s.Name).Distinct().Count());
    }

    private static bool IsMine(IStartupSeeder seeder) =>
        seeder.GetType().Namespace is "Cnap.Host.Catalogue" or "Cnap.Host.Demo";

    private static async Task<Counts> CountAsync(DomainHost host)
    {
        await using var db = host.Contexts.CreateDbContext();
        var services = await db.Set<AdministrativeService>().AsNoTracking().ToListAsync();
        return new Counts(
            await db.Set<Region>().CountAsync(), await db.Set<Community>().CountAsync(), await db.Set<ServiceCentre>().CountAsync(),
            await db.Set<Provider>().CountAsync(), await db.Set<ProviderUnit>().CountAsync(), await db.Set<ProviderOfficer>().CountAsync(),
            services.Count, services.Sum(s => s.Variants.Count), services.Sum(s => s.Provisions.Count), await db.Set<ServiceCategory>().CountAsync());
    }

    private sealed record Counts(
        int Regions, int Communities, int Centres, int Providers, int Units, int Officers, int Services, int Variants, int Provisions, int Categories);
}
