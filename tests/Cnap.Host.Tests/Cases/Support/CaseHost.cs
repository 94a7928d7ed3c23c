using System.Net.Http.Json;
using System.Text.Json;
using Cnap.Host.Data;
using Cnap.Testing;
using Cnap.Workflows.Hosting;
using Cnap.Workflows.Timers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Cnap.Host.TechnologicalCards;

namespace Cnap.Host.Tests.Cases.Support;

/// <summary>
/// The real host over a fresh database, on a clock the test moves, with <see cref="CaseWorld"/> stored and its
/// services linked to the shipped cards by the application's own linker.
/// </summary>
public sealed class CaseHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TestDatabase database;
    private readonly CnapHostFactory factory;
    private readonly WebApplicationFactory<Program> app;

    private CaseHost(TestDatabase database, DateTimeOffset now)
    {
        this.database = database;
        // Every reading moves the clock on a millisecond, so steps of one burst keep their order.
        Clock = new FakeTimeProvider(now) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        factory = new CnapHostFactory(database);
        // The test fires timers itself when it moves the clock; background sweeping and sending would race it.
        factory.Settings["Notifications:Dispatcher:Enabled"] = "false";
        app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.Configure<WorkflowOptions>(options =>
            {
                options.Timers.SweepInterval = TimeSpan.Zero;
                options.StimulusQueue.PollInterval = TimeSpan.Zero;
            });
        }));
        Client = app.CreateClient();
        Api = new CaseApi(Client);
    }

    public FakeTimeProvider Clock { get; }

    public HttpClient Client { get; }

    public CaseApi Api { get; }

    public CaseWorld World { get; } = new();

    public DatabaseKind Kind => database.Kind;

    public IServiceProvider Services => app.Services;

    /// <summary>The running application, for clients of its own (a browser session with cookies).</summary>
    public WebApplicationFactory<Program> App => app;

    /// <summary>Kyiv local time, as people at the counter read it.</summary>
    /// <remarks>Returned in UTC, as a system clock reads: PostgreSQL stores instants with offset 0 only.</remarks>
    public static DateTimeOffset Kyiv(int year, int month, int day, int hour = 10, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, Cnap.Domain.Organisations.UkraineTime.Zone.GetUtcOffset(new DateTime(year, month, day, hour, minute, 0)))
            .ToUniversalTime();

    /// <summary>To the minute: the clock moves a millisecond with every reading.</summary>
    public static DateTimeOffset Minute(DateTimeOffset instant) => new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    public static async Task<CaseHost> StartAsync(DatabaseKind kind, DateTimeOffset now)
    {
        var host = new CaseHost(await TestDatabase.CreateAsync(kind), now);
        await host.InScopeAsync(async (scope, db) =>
        {
            host.World.AddTo(db);
            await db.SaveChangesAsync();
            await scope.GetServices<IStartupSeeder>().OfType<ServiceCardLinker>().Single().SeedAsync(db, CancellationToken.None);
        });
        return host;
    }

    public async Task InScopeAsync(Func<IServiceProvider, CnapDbContext, Task> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<CnapDbContext>());
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, CnapDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<CnapDbContext>());
    }

    /// <summary>Moves the clock and fires the timers that fell due, as the sweeper job would.</summary>
    public async Task<int> AdvanceToAsync(DateTimeOffset when)
    {
        Clock.SetUtcNow(when);
        var fired = 0;
        for (int batch; (batch = await InScopeAsync((scope, _) => scope.GetRequiredService<TimerSweeper>().SweepAsync())) > 0;)
            fired += batch;
        return fired;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }
}
