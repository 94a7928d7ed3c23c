using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Runtime;

namespace Cnap.Workflows.Activities;

/// <summary>What an executing activity may see and do.</summary>
public sealed class ActivityContext
{
    private readonly BurstScope burst;

    internal ActivityContext(BurstScope burst, ActivityNode node, ResumeInfo? resume, bool startedByTrigger)
    {
        this.burst = burst;
        Node = node;
        Resume = resume;
        StartedByTrigger = startedByTrigger;
    }

    /// <summary>The activity as defined.</summary>
    public ActivityNode Node { get; }

    /// <summary>The workflow instance id.</summary>
    public string InstanceId => burst.Instance.InstanceId;

    /// <summary>The instance's correlation id (e.g. a case id), if any.</summary>
    public string? CorrelationId => burst.Instance.CorrelationId;

    /// <summary>The definition version the instance is pinned to.</summary>
    public WorkflowDefinition Definition => burst.Definition;

    /// <summary>Set when the activity is resumed from a bookmark.</summary>
    public ResumeInfo? Resume { get; }

    /// <summary>True when this activity is the trigger that started the instance (it should complete, not wait).</summary>
    public bool StartedByTrigger { get; }

    /// <summary>The engine's clock.</summary>
    public DateTimeOffset Now => burst.Time.GetUtcNow();

    /// <summary>The workflow's input.</summary>
    public JsonObject? WorkflowInput => burst.State.Input;

    /// <summary>Cancelled when the host shuts down.</summary>
    public CancellationToken CancellationToken => burst.CancellationToken;

    /// <summary>Reads a variable by name.</summary>
    public JsonNode? GetVariable(string name) => burst.Variables.Get(name);

    /// <summary>Writes a variable by name (coerced to its declared type).</summary>
    public void SetVariable(string name, object? value) => burst.Variables.Set(name, value);

    /// <summary>Evaluates an expression the activity holds itself (e.g. a switch case's condition).</summary>
    public async ValueTask<T?> EvaluateAsync<T>(Expressions.ExpressionSpec expression) =>
        (T?)await burst.Expressions.EvaluateAsync(expression, typeof(T), burst);

    /// <summary>Text recorded with this activity's journal entry (<c>Elsa.WriteLine</c> writes its line here).</summary>
    public string? JournalText { get; set; }
}
