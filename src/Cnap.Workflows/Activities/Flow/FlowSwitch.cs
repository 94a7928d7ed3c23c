using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Expressions;

namespace Cnap.Workflows.Activities.Flow;

/// <summary>Takes the path of the first (or every) case whose condition holds, else <c>Default</c>.</summary>
[Activity("Elsa.FlowSwitch", Category = "Branching", DisplayName = "Switch", Description = "Takes the path of the matching case, else Default.")]
[Outcomes("Default")]
public sealed class FlowSwitch : Activity
{
    /// <summary>The cases: a label (the outcome) and a condition.</summary>
    [Input(Description = "The cases to evaluate.", UIHint = UiHints.FlowSwitchEditor, IsWrapped = false)]
    public List<FlowSwitchCase> Cases { get; set; } = [];

    /// <summary>Whether only the first matching case is taken.</summary>
    [Input(Description = "Take the first matching case only, or every matching case.")]
    public SwitchMode Mode { get; set; } = SwitchMode.MatchFirst;

    /// <inheritdoc />
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var matches = new List<string>();
        foreach (var switchCase in Cases)
        {
            var condition = switchCase.ConditionExpression();
            if (condition is null || !await context.EvaluateAsync<bool>(condition))
                continue;
            matches.Add(switchCase.Label);
            if (Mode == SwitchMode.MatchFirst)
                break;
        }
        return matches.Count == 0 ? ActivityResult.Done("Default") : ActivityResult.WithOutcomes(matches);
    }
}

/// <summary>One case of a <see cref="FlowSwitch"/>.</summary>
public sealed class FlowSwitchCase
{
    /// <summary>The outcome taken when the condition holds.</summary>
    public string Label { get; set; } = "";

    /// <summary>The condition: <c>{type, value}</c> or a wrapped input.</summary>
    public JsonNode? Condition { get; set; }

    internal ExpressionSpec? ConditionExpression() => Condition switch
    {
        JsonObject o when o.Get("expression") is not null => ExpressionSpec.FromInput(o),
        JsonObject o => new ExpressionSpec(o.GetString("type") ?? ExpressionSpec.Literal, o.Get("value")),
        null => null,
        _ => new ExpressionSpec(ExpressionSpec.Literal, Condition),
    };
}

/// <summary>How many cases a switch takes.</summary>
public enum SwitchMode
{
    /// <summary>The first matching case.</summary>
    MatchFirst,
    /// <summary>Every matching case.</summary>
    MatchAny,
}
