using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Expressions;

namespace Cnap.Workflows.Validation;

/// <summary>Checks a definition before publishing: unknown types, missing required inputs, broken connections,
/// unreachable activities, script and template syntax errors.</summary>
public sealed class DefinitionValidator(ActivityRegistry registry, JavaScriptEvaluator javaScript, LiquidEvaluator liquid)
{
    /// <summary>Every problem found; empty when the definition may be published.</summary>
    public IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        var errors = new List<ValidationError>();
        var flowchart = definition.Root;
        if (flowchart.Activities.Count == 0)
            errors.Add(new ValidationError(null, null, "the flowchart has no activities"));

        foreach (var duplicate in flowchart.Activities.GroupBy(a => a.Id).Where(g => g.Count() > 1))
            errors.Add(Error(duplicate.First(), $"the id '{duplicate.Key}' is used by {duplicate.Count()} activities"));

        foreach (var connection in flowchart.Connections)
        {
            foreach (var end in new[] { connection.Source, connection.Target }.Where(id => flowchart.Find(id) is null))
                errors.Add(new ValidationError(end, null, $"connection #{connection.Index + 1} ({connection.Source}:{connection.SourcePort} → {connection.Target}) names activity '{end}', which does not exist"));
        }

        foreach (var node in flowchart.Activities)
        {
            var info = registry.Find(node.Type);
            if (info is null)
                errors.Add(Error(node, $"unknown activity type '{node.Type}'"));
            else
            {
                CheckRequiredInputs(node, info, errors);
                CheckRequiredOutcomes(node, info, flowchart, errors);
            }
            CheckExpressions(node, node.Raw, errors);
        }

        var roots = new List<string>();
        if (flowchart.StartActivityId is not null)
            roots.Add(flowchart.StartActivityId);
        roots.AddRange(flowchart.Activities.Where(a => a.CanStartWorkflow).Select(a => a.Id));
        var reachable = flowchart.ReachableFrom(roots);
        foreach (var node in flowchart.Activities.Where(a => !reachable.Contains(a.Id)))
            errors.Add(Error(node, "is unreachable: no path leads to it from the start"));
        return errors;
    }

    private static void CheckRequiredInputs(ActivityNode node, ActivityTypeInfo info, List<ValidationError> errors)
    {
        foreach (var input in info.Inputs.Where(i => i.Attribute.Required))
        {
            var raw = node.Property(input.JsonName);
            var missing = input.Attribute.IsWrapped ? ExpressionSpec.FromInput(raw)?.IsEmpty ?? true : raw is null;
            if (missing)
                errors.Add(Error(node, $"the required input '{input.JsonName}' has no value"));
        }
    }

    private static void CheckRequiredOutcomes(ActivityNode node, ActivityTypeInfo info, Flowchart flowchart, List<ValidationError> errors)
    {
        if (!info.OutcomesRequireConnections)
            return;
        foreach (var outcome in info.Outcomes.Where(o => !flowchart.Outbound(node.Id).Any(c => string.Equals(c.SourcePort, o, StringComparison.OrdinalIgnoreCase))))
            errors.Add(Error(node, $"the outcome '{outcome}' is not connected"));
    }

    // Any property shaped like an input ({expression: {type, value}}) or a switch case condition is checked.
    private void CheckExpressions(ActivityNode node, JsonNode? json, List<ValidationError> errors, string? inputName = null)
    {
        switch (json)
        {
            case JsonObject obj when obj.Get("expression") is JsonObject expression:
                Check(node, inputName, expression.GetString("type"), expression.GetString("value"), errors);
                break;
            case JsonObject obj when inputName is not null && obj.Get("type") is JsonValue && obj.Get("value") is JsonValue:
                Check(node, inputName, obj.GetString("type"), obj.GetString("value"), errors);
                break;
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is not ("metadata" or "customProperties"))
                        CheckExpressions(node, value, errors, inputName is null ? key : inputName);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    CheckExpressions(node, item, errors, inputName);
                break;
        }
    }

    private void Check(ActivityNode node, string? inputName, string? syntax, string? code, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(code))
            return;
        var problem = syntax switch
        {
            ExpressionSpec.JavaScript => javaScript.SyntaxError(code),
            ExpressionSpec.Liquid => liquid.SyntaxError(code),
            _ => null,
        };
        if (problem is not null)
            errors.Add(Error(node, $"the {syntax} of input '{inputName}' has a syntax error: {problem}"));
    }

    private static ValidationError Error(ActivityNode node, string problem) =>
        new(node.Id, node.Name, $"activity {node.Describe()}: {problem}");
}
