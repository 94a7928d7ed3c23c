using System.Text.Json;
using System.Text.Json.Nodes;
using Cnap.Workflows.Activities;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Expressions;

namespace Cnap.Workflows.Runtime;

/// <summary>Assigns evaluated inputs before an activity runs and copies its outputs to the bound variables after.</summary>
internal static class InputBinder
{
    public static async ValueTask BindAsync(Activity activity, ActivityTypeInfo info, ActivityNode node, BurstScope burst)
    {
        foreach (var input in info.Inputs)
        {
            var raw = node.Property(input.JsonName);
            if (raw is null)
                continue;
            object? value;
            try
            {
                if (input.Attribute.IsWrapped)
                {
                    var expression = ExpressionSpec.FromInput(raw);
                    if (expression is null)
                        continue;
                    value = await burst.Expressions.EvaluateAsync(expression, input.Property.PropertyType, burst);
                }
                else
                {
                    value = raw.Deserialize(input.Property.PropertyType, ValueCoercion.Json);
                }
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or JsonException or ArgumentException or NotSupportedException)
            {
                throw new ActivityInputException($"input '{input.JsonName}' of activity {node.Describe()} is invalid: {e.Message}", e);
            }
            input.Property.SetValue(activity, value);
        }
    }

    public static void WriteOutputs(Activity activity, ActivityTypeInfo info, ActivityNode node, BurstScope burst)
    {
        foreach (var output in info.Outputs)
        {
            var reference = (node.Property(output.JsonName) as JsonObject)?.Get("memoryReference") as JsonObject;
            var variableId = reference?.GetString("id");
            if (variableId is null)
                continue;
            var variable = burst.Definition.VariablesById.GetValueOrDefault(variableId) ?? burst.Definition.VariablesByName.GetValueOrDefault(variableId);
            if (variable is not null)
                burst.Variables.Set(variable.Name, output.Property.GetValue(activity));
        }
    }
}

/// <summary>An input expression failed or its value does not fit the input's type.</summary>
public sealed class ActivityInputException(string message, Exception inner) : Exception(message, inner);
