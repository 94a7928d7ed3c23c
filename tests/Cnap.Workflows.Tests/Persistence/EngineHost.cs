using System.Data.Common;
using System.Diagnostics;
using Cnap.Testing;
using Cnap.Workflows.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Cnap.Workflows.Tests.Persistence;

/// <summary>The engine wired to a fresh database through <see cref="EngineTestDbContext"/>; one scope per operation.</summary>
public sealed class EngineHost : IAsyncDisposable
{
    private readonly TestDatabase database;
    private readonly ServiceProvider services;

    private readonly bool ownsDatabase;

    private EngineHost(TestDatabase database, Action<WorkflowOptions>? configure, bool ownsDatabase = true)
    {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        RoundTrips = new RoundTripCounter(database);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddSingleton(RoundTrips);
        collection.AddDbContext<EngineTestDbContext>(options =>
        {
            if (database.Kind == DatabaseKind.Postgres)
                options.UseNpgsql(database.ConnectionString);
            else
                options.UseSqlite(database.ConnectionString);
            options.AddInterceptors(RoundTrips);
        });
        collection.AddScoped<DbContext>(sp => sp.GetRequiredService<EngineTestDbContext>());
        collection.AddWorkflows(options =>
        {
            options.AddActivity<AddNote>();
            configure?.Invoke(options);
        });
        services = collection.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public RoundTripCounter RoundTrips { get; }

    public DatabaseKind Kind => database.Kind;

    public static async Task<EngineHost> CreateAsync(DatabaseKind kind, Action<WorkflowOptions>? configure = null)
    {
        var host = new EngineHost(await TestDatabase.CreateAsync(kind), configure);
        await host.InScopeAsync(sp => sp.GetRequiredService<EngineTestDbContext>().Database.EnsureCreatedAsync());
        return host;
    }

    /// <summary>Another host (its own services, caches and clock) over the same database, as a second node or a restart.</summary>
    public EngineHost Sibling(DateTimeOffset now)
    {
        var sibling = new EngineHost(database, null, ownsDatabase: false);
        sibling.Clock.SetUtcNow(now);
        return sibling;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async sp =>
    {
        await work(sp);
        return 0;
    });

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        RoundTrips.Dispose();
        if (ownsDatabase)
            await database.DisposeAsync();
    }
}

/// <summary>
/// Counts round trips to a PostgreSQL test database: each command or batch Npgsql executes there (whether EF sent it
/// or the engine sent it straight on the context's connection), and each commit. Not counted on SQLite (in-process).
/// </summary>
public sealed class RoundTripCounter : IDbTransactionInterceptor, IDisposable
{
    private readonly ActivityListener? listener;
    private int count;

    public RoundTripCounter(TestDatabase database)
    {
        if (database.Kind != DatabaseKind.Postgres)
            return;
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (Equals(activity.GetTagItem("db.namespace"), name))
                    Interlocked.Increment(ref count);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int Count => count;

    public void Reset() => Interlocked.Exchange(ref count, 0);

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public void Dispose() => listener?.Dispose();
}
