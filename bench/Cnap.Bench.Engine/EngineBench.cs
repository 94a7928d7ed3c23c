using System.Data.Common;
using Cnap.Workflows.Hosting;
using Cnap.Workflows.Management;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Bench.Engine;

/// <summary>The engine as a host wires it: a scope (and a context) per operation, the scope's context for the engine.</summary>
public sealed class EngineBench : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public EngineBench(string connectionString)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(RoundTrips);
        collection.AddDbContext<BenchDbContext>(o => o.UseNpgsql(connectionString).AddInterceptors(RoundTrips));
        collection.AddScoped<DbContext>(sp => sp.GetRequiredService<BenchDbContext>());
        collection.AddWorkflows(o => o.StimulusQueue.PollInterval = TimeSpan.Zero);
        services = collection.BuildServiceProvider();
    }

    public RoundTripCounter RoundTrips { get; } = new();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task CreateSchemaAsync() => InScopeAsync(sp => sp.GetRequiredService<BenchDbContext>().Database.EnsureCreatedAsync());

    public Task PublishAsync() => InScopeAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<WorkflowDefinitionService>();
        await definitions.SaveDraftAsync(Card.Json);
        var result = await definitions.PublishAsync(Card.DefinitionId);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
        return result;
    });

    public Task<InstanceResult> StartAsync() =>
        InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow(Card.DefinitionId)));

    public Task<ResumeResult> ResumeAsync(string bookmarkId) =>
        InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().ResumeAsync(bookmarkId));

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

/// <summary>Counts statements and commits sent to the server: each is one round trip (Npgsql sends BEGIN with the first statement).</summary>
public sealed class RoundTripCounter : DbCommandInterceptor, IDbTransactionInterceptor
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return ValueTask.FromResult(result);
    }
}
