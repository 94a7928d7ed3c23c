using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Expressions;
using Cnap.Workflows.Hosting;
using Microsoft.Extensions.Options;

namespace Cnap.Workflows.Runtime;

/// <summary>
/// The pure flowchart runtime: (definition, instance state, stimulus) → new state and effects (bookmarks added and
/// removed, journal entries, incidents). No database; the persistence layer applies the effects.
/// </summary>
public sealed class BurstExecutor(ActivityRegistry registry, ExpressionEvaluator expressions, TimeProvider time, IOptions<WorkflowOptions> options)
{
    /// <summary>Runs one burst. <see cref="BurstRequest.State"/> is updated in place.</summary>
    public Task<BurstResult> RunAsync(BurstRequest request, CancellationToken cancellationToken = default)
    {
        var scope = new BurstScope(request, expressions, time, options.Value.Scripts, cancellationToken);
        return new Burst(scope, request.Stimulus, registry, options.Value).RunAsync();
    }
}
