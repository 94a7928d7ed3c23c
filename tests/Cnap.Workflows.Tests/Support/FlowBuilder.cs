using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;

namespace Cnap.Workflows.Tests.Support;

/// <summary>Builds small Elsa flowcharts for the graph-shape table. Activity names double as ids.</summary>
public sealed class FlowBuilder
{
    private readonly JsonArray activities = [];
    private readonly JsonArray connections = [];
    private readonly JsonArray variables = [];

    public FlowBuilder Start(string name = "Start") => Add(name, "Elsa.Start");

    public FlowBuilder Line(string name, string? text = null) =>
        Add(name, "Elsa.WriteLine", ("text", Literal(text ?? name)));

    public FlowBuilder Decision(string name, string javaScript) =>
        Add(name, "Elsa.FlowDecision", ("condition", Expression("JavaScript", javaScript)));

    public FlowBuilder Event(string name, string eventName, bool canStart = false)
    {
        Add(name, "Elsa.Event", ("eventName", Literal(eventName)));
        if (canStart)
            ((JsonObject)activities[^1]!)["customProperties"] = new JsonObject { ["canStartWorkflow"] = true };
        return this;
    }

    public FlowBuilder Join(string name, string mode) => Add(name, "Elsa.FlowJoin", ("mode", Literal(mode)));

    public FlowBuilder Delay(string name, string timeSpan) => Add(name, "Elsa.Delay", ("timeSpan", Literal(timeSpan)));

    public FlowBuilder End(string name = "End") => Add(name, "Elsa.End");

    public FlowBuilder Fork(string name, string branches) => Add(name, "Elsa.FlowFork", ("branches", Literal(branches)));

    public FlowBuilder Switch(string name, params (string Label, string JavaScript)[] cases)
    {
        var array = new JsonArray(cases.Select(c => (JsonNode)new JsonObject
        {
            ["label"] = c.Label,
            ["condition"] = new JsonObject { ["type"] = "JavaScript", ["value"] = c.JavaScript },
        }).ToArray());
        return Add(name, "Elsa.FlowSwitch", ("cases", array));
    }

    public FlowBuilder SetVariable(string name, string variable, string javaScript) =>
        Add(name, "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = variable, ["name"] = variable }), ("value", Expression("JavaScript", javaScript)));

    public FlowBuilder Custom(string name, string type, params (string Name, JsonNode Value)[] inputs) => Add(name, type, inputs);

    public FlowBuilder Variable(string name, string typeName, string value)
    {
        variables.Add(new JsonObject { ["id"] = name, ["name"] = name, ["typeName"] = typeName, ["value"] = value });
        return this;
    }

    /// <summary>"A" → "B" from port Done, or "D:True" → "B".</summary>
    public FlowBuilder Connect(string from, string to)
    {
        var parts = from.Split(':');
        connections.Add(new JsonObject
        {
            ["source"] = new JsonObject { ["activity"] = parts[0], ["port"] = parts.Length > 1 ? parts[1] : "Done" },
            ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
        });
        return this;
    }

    /// <summary>Connects a chain: Chain("A", "B", "C") = A→B, B→C.</summary>
    public FlowBuilder Chain(params string[] names)
    {
        for (var i = 0; i + 1 < names.Length; i++)
            Connect(names[i], names[i + 1]);
        return this;
    }

    public JsonObject Json(string definitionId = "shape") => new()
    {
        ["id"] = definitionId + "-v1",
        ["definitionId"] = definitionId,
        ["name"] = definitionId,
        ["version"] = 1,
        ["variables"] = variables.DeepClone(),
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["id"] = "Flowchart1",
            ["activities"] = activities.DeepClone(),
            ["connections"] = connections.DeepClone(),
        },
    };

    public WorkflowDefinition Build() => DefinitionReader.Read(Json());

    public static JsonObject Literal(string value) => Expression("Literal", value);

    public static JsonObject Expression(string syntax, string value) =>
        new() { ["typeName"] = "Object", ["expression"] = new JsonObject { ["type"] = syntax, ["value"] = value } };

    private FlowBuilder Add(string name, string type, params (string Name, JsonNode Value)[] inputs)
    {
        var activity = new JsonObject { ["id"] = name, ["name"] = name, ["type"] = type, ["version"] = 1 };
        foreach (var (input, value) in inputs)
            activity[input] = value.DeepClone();
        activities.Add(activity);
        return this;
    }
}
