namespace Cnap.Workflows.Activities.Flow;

/// <summary>Assigns a value to a workflow variable.</summary>
[Activity("Elsa.SetVariable", Category = "Primitives", Description = "Assigns a value to a variable.")]
public sealed class SetVariable : Activity
{
    /// <summary>The variable (a reference with its id and name).</summary>
    [Input(Description = "The variable to assign.", UIHint = UiHints.VariablePicker, IsWrapped = false, Required = true)]
    public VariableReference? Variable { get; set; }

    /// <summary>The value.</summary>
    [Input(Description = "The value to assign.")]
    public object? Value { get; set; }

    /// <inheritdoc />
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var name = Variable?.Name ?? Variable?.Id
            ?? throw new InvalidOperationException($"{context.Node.Describe()} names no variable");
        if (Variable.Id is not null && context.Definition.VariablesById.TryGetValue(Variable.Id, out var declared))
            name = declared.Name;
        context.SetVariable(name, Value);
        return Done();
    }
}

/// <summary>How a definition refers to a variable.</summary>
public sealed class VariableReference
{
    /// <summary>Variable id.</summary>
    public string? Id { get; set; }

    /// <summary>Variable name.</summary>
    public string? Name { get; set; }
}
