using System.Text.Json;
using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;

namespace Cnap.Workflows.Expressions;

/// <summary>An input's expression as the definition writes it: <c>{"type": "JavaScript", "value": "..."}</c>.</summary>
/// <param name="Syntax">Literal, JavaScript, Liquid, Variable or Object.</param>
/// <param name="Value">The expression text, or a literal JSON value.</param>
public sealed record ExpressionSpec(string Syntax, JsonNode? Value)
{
    /// <summary>Literal syntax.</summary>
    public const string Literal = "Literal";
    /// <summary>JavaScript syntax (Jint).</summary>
    public const string JavaScript = "JavaScript";
    /// <summary>Liquid syntax (Fluid).</summary>
    public const string Liquid = "Liquid";
    /// <summary>Reads a variable.</summary>
    public const string Variable = "Variable";
    /// <summary>A JSON value.</summary>
    public const string Object = "Object";

    /// <summary>The value as text (scripts and templates), or null.</summary>
    public string? Text => Value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => Value.ToJsonString(),
    };

    /// <summary>True when no value is given (an empty literal counts as none).</summary>
    public bool IsEmpty => Value is null || (Syntax == Literal && string.IsNullOrEmpty(Text));

    /// <summary>
    /// Reads a wrapped input (<c>{typeName, expression: {type, value}}</c>); a bare JSON value counts as a literal.
    /// Returns null when the input is absent or has no expression.
    /// </summary>
    public static ExpressionSpec? FromInput(JsonNode? input) => input switch
    {
        null => null,
        JsonObject wrapped when wrapped.Get("expression") is JsonObject expression =>
            new ExpressionSpec(expression.GetString("type") ?? Literal, expression.Get("value")),
        JsonObject => null,
        _ => new ExpressionSpec(Literal, input),
    };
}
