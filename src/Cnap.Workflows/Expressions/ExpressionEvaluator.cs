using System.Text.Json.Nodes;
using Cnap.Workflows.Runtime;

namespace Cnap.Workflows.Expressions;

/// <summary>Evaluates an input's expression in a burst and converts the result to the input's type.</summary>
public sealed class ExpressionEvaluator(JavaScriptEvaluator javaScript, LiquidEvaluator liquid)
{
    /// <summary>The JavaScript engine's script cache (for validation).</summary>
    public JavaScriptEvaluator JavaScript => javaScript;

    /// <summary>The Liquid template cache (for validation).</summary>
    public LiquidEvaluator Liquid => liquid;

    internal async ValueTask<object?> EvaluateAsync(ExpressionSpec expression, Type target, BurstScope burst)
    {
        var raw = expression.Syntax switch
        {
            ExpressionSpec.Literal => expression.Value,
            ExpressionSpec.JavaScript => string.IsNullOrWhiteSpace(expression.Text) ? null
                : (await burst.SandboxAsync()).Evaluate(javaScript.Prepare(expression.Text)),
            ExpressionSpec.Liquid => expression.Text is null ? null : await liquid.RenderAsync(expression.Text, await LiquidModelAsync(burst)),
            ExpressionSpec.Variable => burst.Variables.Get(VariableName(expression.Value) ?? ""),
            ExpressionSpec.Object => expression.Value is JsonValue text && text.TryGetValue<string>(out var json)
                ? (string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json))
                : expression.Value,
            _ => throw new NotSupportedException($"expression syntax '{expression.Syntax}' is not supported (use Literal, JavaScript, Liquid, Variable or Object)"),
        };
        return ValueCoercion.Convert(raw, target);
    }

    private static async ValueTask<IReadOnlyDictionary<string, object?>> LiquidModelAsync(BurstScope burst)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Variables"] = burst.State.Variables.ToDictionary(p => p.Key, p => ValueCoercion.ToPlain(p.Value)),
            ["Input"] = ValueCoercion.ToPlain(burst.State.Input),
            ["Workflow"] = new Dictionary<string, object?>
            {
                ["InstanceId"] = burst.Instance.InstanceId,
                ["CorrelationId"] = burst.Instance.CorrelationId,
                ["DefinitionId"] = burst.Definition.DefinitionId,
            },
        };
        foreach (var (name, value) in await burst.HostContextAsync())
            model[name] = ValueCoercion.ToPlain(ValueCoercion.ToHostJson(value));
        return model;
    }

    private static string? VariableName(JsonNode? value) => value switch
    {
        JsonObject reference => reference["name"]?.GetValue<string>() ?? reference["id"]?.GetValue<string>(),
        JsonValue name => name.ToString(),
        _ => null,
    };
}
