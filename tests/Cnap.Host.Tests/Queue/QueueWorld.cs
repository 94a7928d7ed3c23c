using Cnap.Domain.Catalogue;
using Cnap.Domain.Contacts;
using Cnap.Domain.Organisations;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Cnap.Host.Identity;
using Cnap.Host.Queue.Setup;
using Cnap.Host.Tests.Identity;
using Cnap.Testing;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Cnap.Host.Tests.Queue;

/// <summary>
/// Two centres of one region, each with a service group that books a catalogue service Monday to Friday 09:00–17:00
/// (break 13:00–14:00, 30-minute slots, 4 people a slot of whom 1 is kept for walk-ins), and a fake clock at 10:00 Kyiv
/// time on Monday 2 February 2026. The real host on a real database; no background jobs.
/// </summary>
public sealed class QueueWorld(DatabaseKind kind) : IAsyncDisposable
{
    public static readonly DateTimeOffset MondayMorning = DateTimeOffset.Parse("2026-02-02T08:00:00Z");
    public static readonly DateOnly Tuesday = new(2026, 2, 3);
    public const int OnlineSeats = 3;

    private TestDatabase database = null!;
    private CnapHostFactory factory = null!;

    public WebApplicationFactory<Program> Host { get; private set; } = null!;
    public TestClock Clock { get; } = new(MondayMorning);
    public Guid CentreId { get; } = Guid.NewGuid();
    public Guid OtherCentreId { get; } = Guid.NewGuid();
    public string CentreCode => "Q" + CentreId.ToString("N")[..6];
    public Guid ServiceId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid OtherGroupId { get; private set; }
    public Caller Head => Staff("head-1", CnapRoles.CentreHead, CentreId);

    public static async Task<QueueWorld> StartAsync(DatabaseKind kind)
    {
        var world = new QueueWorld(kind);
        await world.InitializeAsync();
        return world;
    }

    private async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(kind);
        factory = new CnapHostFactory(database);
        factory.Settings["Scheduling:Enabled"] = "false";
        factory.Settings["Notifications:Dispatcher:Enabled"] = "false";
        factory.Settings["RateLimits:Submission:PermitLimit"] = "100000";
        Host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var worker in services.Where(s => s.ServiceType == typeof(IHostedService)
                         && (s.ImplementationType ?? s.ImplementationInstance?.GetType())?.Namespace?.StartsWith("Cnap.", StringComparison.Ordinal) == true).ToList())
                services.Remove(worker);
        }));
        _ = Host.Server;

        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CnapDbContext>();
        ServiceId = await db.Set<AdministrativeService>().OrderBy(s => s.Code).Select(s => s.Id).FirstAsync();
        var region = new Region(Guid.NewGuid(), "QR" + CentreId.ToString("N")[..4], "Тестова область");
        var community = new Community(Guid.NewGuid(), region.Id, "Тестова громада", CommunityKind.Community);
        db.Add(region);
        db.Add(community);
        await db.SaveChangesAsync();
        db.Add(new ServiceCentre(CentreId, region.Id, community.Id, CentreCode, "ЦНАП Тестовий", new PostalAddress("49000", "м. Дніпро", "вул. Тестова, 1")));
        db.Add(new ServiceCentre(OtherCentreId, region.Id, community.Id, "Q" + OtherCentreId.ToString("N")[..6], "ЦНАП Інший",
            new PostalAddress("49001", "м. Дніпро", "вул. Інша, 2")));
        await db.SaveChangesAsync();

        GroupId = await SetUpCentreAsync(CentreId, Head);
        OtherGroupId = await SetUpCentreAsync(OtherCentreId, Staff("head-2", CnapRoles.CentreHead, OtherCentreId));
    }

    private async Task<Guid> SetUpCentreAsync(Guid centreId, Caller head)
    {
        var groupId = await SendAsync(new SaveServiceGroup(head, centreId, null, "А", "Реєстрація місця проживання", [ServiceId]));
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
            await SendAsync(new SaveBookingRule(head, groupId, day, new TimeOnly(9, 0), new TimeOnly(17, 0), new TimeOnly(13, 0), new TimeOnly(14, 0), 30, 4, 1));
        return groupId;
    }

    public static Caller Staff(string userId, string role, Guid centreId) =>
        new(userId, "Працівник " + userId, new HashSet<string> { role }, new HashSet<Guid>(), new HashSet<Guid> { centreId },
            new HashSet<Guid>(), new HashSet<Guid>(), null, null, null);

    public async Task<T> SendAsync<T>(ICommand<T> command)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public async Task SendAsync(ICommand command)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public async Task<T> QueryAsync<T>(IQuery<T> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(query);
    }

    public async Task<T> InDatabaseAsync<T>(Func<CnapDbContext, Task<T>> read)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CnapDbContext>());
    }

    public TestAccounts Accounts => new(Host);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }
}
