using Cnap.Workflows.Hosting;
using Cnap.Workflows.Management;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Bench.Engine;

/// <summary>
/// The engine as the host wires it (src/Cnap.Host/Data/DatabaseSetup.cs): pooled contexts, the scope's context rented
/// through a scoped lease and also handed out as <see cref="DbContext"/>, a scope per operation.
/// </summary>
public sealed class EngineBench : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public EngineBench(string connectionString)
    {
        var collection = new ServiceCollection();
        collection.AddDbContextPool<BenchDbContext>(o => o.UseNpgsql(connectionString));
        collection.AddPooledDbContextFactory<BenchDbContext>(_ => { });
        collection.AddScoped<DbContext>(sp => sp.GetRequiredService<BenchDbContext>());
        collection.AddWorkflows(o => o.StimulusQueue.PollInterval = TimeSpan.Zero);
        services = collection.BuildServiceProvider();
    }

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
