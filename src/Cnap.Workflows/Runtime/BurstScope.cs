using Cnap.Workflows.Definitions;
using Cnap.Workflows.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Workflows.Runtime;

/// <summary>Per-burst context shared by activities and expressions: state, variables, clock, lazily the script sandbox.</summary>
internal sealed class BurstScope(BurstRequest request, ExpressionEvaluator expressions, TimeProvider time, ScriptLimits limits, CancellationToken cancellationToken)
{
    private IReadOnlyDictionary<string, object?>? hostContext;
    private ScriptSandbox? sandbox;

    public WorkflowDefinition Definition => request.Definition;
    public InstanceInfo Instance => request.Instance;
    public InstanceState State => request.State;
    public IServiceProvider Services => request.Services;
    public VariableStore Variables { get; } = new(request.Definition, request.State.Variables);
    public TimeProvider Time => time;
    public ExpressionEvaluator Expressions => expressions;
    public CancellationToken CancellationToken => cancellationToken;

    public async ValueTask<IReadOnlyDictionary<string, object?>> HostContextAsync()
    {
        if (hostContext is not null)
            return hostContext;
        var provider = Services.GetService<IExpressionContextProvider>();
        hostContext = provider is null
            ? new Dictionary<string, object?>()
            : await provider.GetContextAsync(new ExpressionContextRequest(Instance.InstanceId, Definition.DefinitionId, Instance.CorrelationId), cancellationToken);
        return hostContext;
    }

    public async ValueTask<ScriptSandbox> SandboxAsync() =>
        sandbox ??= new ScriptSandbox(this, limits, await HostContextAsync());
}
