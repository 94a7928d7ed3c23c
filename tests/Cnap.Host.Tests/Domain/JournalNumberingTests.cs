using Cnap.Domain.Cases;
using Cnap.Domain.Organisations;
using Cnap.Host.Cases.Persistence;
using Cnap.Testing;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Tests.Domain;

public sealed class JournalNumberingTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Each_centre_numbers_its_cases_from_one_every_year(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);
        var world = await StoredWorld.CreateAsync(host.Contexts);

        var first = await world.RegisterAsync();
        var second = await world.RegisterAsync();
        var otherCentre = await world.RegisterAsync(world.OtherCentre);
        world.Clock.SetUtcNow(new DateTimeOffset(2025, 12, 31, 22, 30, 0, TimeSpan.Zero));
        var newYear = await world.RegisterAsync();

        Assert.Equal(["TST01-2025-000001", "TST01-2025-000002", "TST02-2025-000001", "TST01-2026-000001"],
            new[] { first, second, otherCentre, newYear }.Select(c => c.JournalNumber.ToString()));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task Concurrent_registrations_get_every_number_once_without_gaps(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);
        var world = await StoredWorld.CreateAsync(host.Contexts);
        const int registrations = 24;

        var cases = await Task.WhenAll(Enumerable.Range(0, registrations).Select(_ => Task.Run(() => world.RegisterAsync())));

        Assert.Equal(Enumerable.Range(1, registrations), cases.Select(c => c.JournalNumber.Sequence).Order());
        await using var db = world.Context();
        var stored = await db.Set<Case>().Select(c => c.JournalNumber.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, registrations), stored.Order());
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_registration_rolled_back_gives_its_number_back(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);
        var world = await StoredWorld.CreateAsync(host.Contexts);
        await world.RegisterAsync();

        await using (var db = world.Context())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var centre = await db.Set<ServiceCentre>().SingleAsync(c => c.Id == world.Centre.Id);
            Assert.Equal(2, (await db.NextAsync(centre, world.Clock.GetUtcNow(), CancellationToken.None)).Sequence);
            await transaction.RollbackAsync();
        }

        Assert.Equal(2, (await world.RegisterAsync()).JournalNumber.Sequence);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_number_is_not_given_outside_a_transaction(DatabaseKind kind)
    {
        await using var host = await DomainHost.StartAsync(kind);
        var world = await StoredWorld.CreateAsync(host.Contexts);
        await using var db = world.Context();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.NextAsync(world.Centre, world.Clock.GetUtcNow(), CancellationToken.None));
    }
}
