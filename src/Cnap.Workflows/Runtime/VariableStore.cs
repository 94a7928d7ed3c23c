using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Expressions;

namespace Cnap.Workflows.Runtime;

/// <summary>Variable values of one instance, coerced to their declared Elsa types on write.</summary>
internal sealed class VariableStore(WorkflowDefinition definition, Dictionary<string, JsonNode?> values)
{
    public JsonNode? Get(string name)
    {
        if (values.TryGetValue(name, out var value))
            return value;
        if (definition.VariablesById.TryGetValue(name, out var byId) && values.TryGetValue(byId.Name, out value))
            return value;
        return null;
    }

    public void Set(string name, object? value)
    {
        var declared = definition.VariablesByName.GetValueOrDefault(name) ?? definition.VariablesById.GetValueOrDefault(name);
        values[declared?.Name ?? name] = declared is null ? ValueCoercion.ToJson(value) : Coerce(declared, value);
    }

    public static void Initialize(WorkflowDefinition definition, Dictionary<string, JsonNode?> values)
    {
        foreach (var variable in definition.Variables)
        {
            if (!values.ContainsKey(variable.Name))
                values[variable.Name] = Coerce(variable, variable.Value);
        }
    }

    private static JsonNode? Coerce(VariableDefinition variable, object? value)
    {
        var type = ElsaTypes.Resolve(variable.TypeName);
        if (variable.IsArray)
            type = type.MakeArrayType();
        try
        {
            return ValueCoercion.ToJson(ValueCoercion.Convert(value, type));
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or System.Text.Json.JsonException)
        {
            throw new FormatException($"variable '{variable.Name}' ({variable.TypeName}) cannot hold {Describe(value)}: {e.Message}", e);
        }
    }

    private static string Describe(object? value) => value switch
    {
        JsonNode node => node.ToJsonString(),
        null => "null",
        _ => $"'{value}'",
    };
}
