using Cnap.Workflows.Hosting;
using Cnap.Workflows.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Bench.Timers;

/// <summary>One application node's timer path, wired as the host wires the engine (pooled contexts, a scope per operation):
/// the regular sweep every <c>interval</c>, draining batch after batch, as the host's Quartz job does.</summary>
public sealed class EngineNode : IAsyncDisposable
{
    private readonly ServiceProvider services;

    public EngineNode(string connectionString, TimeProvider clock, Action<TimerOptions> timers)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton(clock);
        collection.AddPooledDbContextFactory<BenchDbContext>(o => o.UseNpgsql(connectionString));
        collection.AddDbContextPool<BenchDbContext>(_ => { });
        collection.AddScoped<DbContext>(sp => sp.GetRequiredService<BenchDbContext>());
        collection.AddWorkflows(o =>
        {
            o.StimulusQueue.PollInterval = TimeSpan.Zero;
            timers(o.Timers);
        });
        services = collection.BuildServiceProvider();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task SweepAsync(TimeSpan interval, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await InScopeAsync(sp => sp.GetRequiredService<TimerSweeper>().SweepUntilDrainedAsync(stop));
                await Task.Delay(interval, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
