using Cnap.Testing;
using Cnap.Workflows.Hosting;
using Cnap.Workflows.Management;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cnap.Host.Tests.Timers;

/// <summary>
/// One node of the application: the real host, with its Quartz scheduler and timer worker, over a shared database and
/// a clock the test moves (shared by every node, as servers share real time). Quartz itself keeps real time.
/// </summary>
public sealed class TimerNode : IAsyncDisposable
{
    private readonly CnapHostFactory factory;
    private readonly WebApplicationFactory<Program> app;
    private bool disposed;

    public TimerNode(TestDatabase database, FakeTimeProvider clock, Action<TimerOptions>? timers = null, IDictionary<string, string?>? settings = null)
    {
        factory = new CnapHostFactory(database);
        factory.Settings["Notifications:Dispatcher:Enabled"] = "false";
        factory.Settings["Scheduling:TimerSweep:Interval"] = "00:00:01";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            factory.Settings[key] = value;
        app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.Configure<WorkflowOptions>(options => timers?.Invoke(options.Timers));
        }));
        _ = app.Services;
    }

    public IServiceProvider Services => app.Services;

    public HttpClient CreateClient() => app.CreateClient();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task PublishAsync(string json, string definitionId) => InScopeAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<WorkflowDefinitionService>();
        await definitions.SaveDraftAsync(json);
        var published = await definitions.PublishAsync(definitionId);
        Assert.True(published.Succeeded, string.Join("; ", published.Errors.Select(e => e.Message)));
        return 0;
    });

    public Task<InstanceResult> StartAsync(string definitionId) =>
        InScopeAsync(sp => sp.GetRequiredService<IWorkflowRuntime>().StartAsync(new StartWorkflow(definitionId)));

    public Task<T> DbAsync<T>(Func<WorkflowDbContext, Task<T>> read) => InScopeAsync(sp => read(sp.GetRequiredService<WorkflowDbContext>()));

    public Task<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId) =>
        InScopeAsync(sp => sp.GetRequiredService<InstanceQueries>().JournalAsync(instanceId));

    public Task<IReadOnlyList<WaitingBookmark>> BookmarksAsync(string instanceId) =>
        InScopeAsync(async sp => (await sp.GetRequiredService<InstanceQueries>().GetAsync(instanceId)).Bookmarks);

    /// <summary>Stops the node at once: its background work is cancelled mid-flight and what it claimed stays claimed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
            return;
        disposed = true;
        await app.DisposeAsync();
        await factory.DisposeAsync();
    }
}
