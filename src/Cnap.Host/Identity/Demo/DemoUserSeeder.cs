using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Host.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static Cnap.Host.Identity.Demo.DemoStaff;

namespace Cnap.Host.Identity.Demo;

/// <summary>Demo staff of every role and one citizen; runs after the demo organisations so memberships point at them.</summary>
internal sealed class DemoUserSeeder(UserManager<CnapUser> users, TimeProvider clock, ILogger<DemoUserSeeder> logger) : IStartupSeeder
{
    public int Order => 10_000;

    public bool IsDemoData => true;

    public async Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var places = await PlacesAsync(db, cancellationToken);
        foreach (var account in Accounts)
            await EnsureStaffAsync(db, account, places, cancellationToken);
        await EnsureCitizenAsync();
    }

    private async Task EnsureStaffAsync(CnapDbContext db, Account account, Dictionary<Place, (MembershipKind, Guid)> places, CancellationToken cancellationToken)
    {
        if (await users.FindByNameAsync(account.Login) is not null)
            return;
        var user = new CnapUser { Kind = AccountKind.Staff, UserName = account.Login, DisplayName = account.Name, CreatedAt = clock.GetUtcNow() };
        Check(await users.CreateAsync(user, Password), account.Login);
        Check(await users.AddToRoleAsync(user, account.Role), account.Login);
        if (places.TryGetValue(account.Place, out var place))
        {
            db.Set<Membership>().Add(new Membership { UserId = user.Id, Kind = place.Item1, OrganisationId = place.Item2 });
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (account.Place != Place.None)
            logger.LogWarning("Demo user {Login} has no {Place}: the demo organisations are not seeded", account.Login, account.Place);
        if (account.WithTotp)
        {
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", TotpKey);
            await users.SetTwoFactorEnabledAsync(user, true);
        }
    }

    private async Task EnsureCitizenAsync()
    {
        if (await users.FindByNameAsync(CitizenEmail) is not null)
            return;
        var user = new CnapUser
        {
            Kind = AccountKind.Citizen, UserName = CitizenEmail, Email = CitizenEmail, EmailConfirmed = true,
            DisplayName = CitizenName, CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, Password), CitizenEmail);
        Check(await users.AddToRoleAsync(user, CnapRoles.Citizen), CitizenEmail);
    }

    private static async Task<Dictionary<Place, (MembershipKind, Guid)>> PlacesAsync(CnapDbContext db, CancellationToken cancellationToken)
    {
        var places = new Dictionary<Place, (MembershipKind, Guid)>();
        if (db.Model.FindEntityType(typeof(ServiceCentre)) is not null)
        {
            var centres = await db.Set<ServiceCentre>().AsNoTracking().OrderBy(c => c.Code).Take(2)
                .Select(c => new { c.Id, c.RegionId }).ToListAsync(cancellationToken);
            if (centres.Count > 0)
            {
                places[Place.FirstCentre] = (MembershipKind.Centre, centres[0].Id);
                places[Place.Region] = (MembershipKind.Region, centres[0].RegionId);
            }
            if (centres.Count > 1)
                places[Place.SecondCentre] = (MembershipKind.Centre, centres[1].Id);
        }
        if (db.Model.FindEntityType(typeof(Provider)) is not null)
        {
            var providers = await db.Set<Provider>().AsNoTracking().OrderBy(p => p.Name).Take(2).Select(p => p.Id).ToListAsync(cancellationToken);
            if (providers.Count > 0)
                places[Place.FirstProvider] = (MembershipKind.Provider, providers[0]);
            if (providers.Count > 1)
                places[Place.SecondProvider] = (MembershipKind.Provider, providers[1]);
        }
        return places;
    }

    private static void Check(IdentityResult result, string login)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Demo user {login}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
