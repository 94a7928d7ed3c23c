using Cnap.Workflows.Definitions;
using Cnap.Workflows.Management;
using Cnap.Workflows.Persistence;
using Cnap.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cnap.Workflows.Hosting;

/// <summary>
/// Takes first-use costs off the request path at start-up, in the background: builds the EF model, parses every
/// published definition into the cache, and runs one in-memory burst with JavaScript and Liquid (JIT, Jint, Scriban).
/// </summary>
internal sealed class WorkflowWarmup(IServiceScopeFactory scopes, ILogger<WorkflowWarmup> logger) : IHostedService
{
    private const string Probe = """
        {"definitionId": "warm-up", "variables": [{"id": "n", "name": "N", "typeName": "Int32", "value": "1"}],
         "root": {"type": "Elsa.Flowchart", "id": "f", "activities": [
           {"id": "d", "type": "Elsa.FlowDecision", "condition": {"expression": {"type": "JavaScript", "value": "getN() > 0"}}},
           {"id": "w", "type": "Elsa.WriteLine", "text": {"expression": {"type": "Liquid", "value": "{{ Variables.N }}"}}}],
          "connections": [{"source": {"activity": "d", "port": "True"}, "target": {"activity": "w", "port": "In"}}]}}
        """;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(() => WarmAsync(cancellationToken), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var executor = services.GetRequiredService<BurstExecutor>();
            await executor.RunAsync(new BurstRequest(DefinitionReader.Read(Probe), new InstanceInfo("warm-up", null, WorkflowStatus.Running),
                new InstanceState(), new StartStimulus(), services), cancellationToken);
            var db = services.GetRequiredService<WorkflowDbContext>();
            var cache = services.GetRequiredService<DefinitionCache>();
            foreach (var id in await db.Definitions.AsNoTracking().Where(d => d.IsPublished).Select(d => d.Id).ToListAsync(cancellationToken))
                await cache.GetAsync(db, id, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Warming up the workflow engine failed; the first requests will pay for it");
        }
    }
}
