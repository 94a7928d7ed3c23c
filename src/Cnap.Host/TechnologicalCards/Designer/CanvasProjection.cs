using System.Text.Json;
using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Descriptors;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>What the canvas draws (see canvas/model.ts): computed here from the card and the descriptors.</summary>
public sealed record CanvasModel(IReadOnlyList<CanvasNode> Nodes, IReadOnlyList<CanvasEdge> Edges, bool ReadOnly);

public sealed record CanvasNode(string Id, string Label, string TypeLabel, string Category, int X, int Y, int Width, int Height,
    bool HasInput, IReadOnlyList<CanvasPort> Outcomes, string? Badge = null, string? BadgeText = null);

public sealed record CanvasPort(string Name, string Label);

public sealed record CanvasEdge(string Key, string Source, string Port, string Target, bool Lit = false);

/// <summary>A badge on a node: its state in a run or simulation, or a problem.</summary>
public sealed record NodeBadge(string Kind, string Text);

public static class CanvasProjection
{
    public const int NodeWidth = 210;
    public const int NodeHeight = 64;

    public static CanvasModel Project(WorkflowDefinition card, IReadOnlyDictionary<string, ActivityDescriptor> descriptors,
        bool readOnly = false, IReadOnlyDictionary<string, NodeBadge>? badges = null, IReadOnlySet<string>? litEdges = null)
    {
        var flowchart = card.Root;
        var layout = AutoLayout.Arrange(flowchart);
        var nodes = new List<CanvasNode>(flowchart.Activities.Count);
        foreach (var activity in flowchart.Activities.DistinctBy(a => a.Id))
        {
            var descriptor = descriptors.GetValueOrDefault(activity.Type);
            var (x, y) = Position(activity) ?? layout.GetValueOrDefault(activity.Id);
            var badge = badges?.GetValueOrDefault(activity.Id);
            nodes.Add(new CanvasNode(activity.Id, activity.DisplayText ?? activity.Id, descriptor?.DisplayName ?? activity.Type,
                descriptor?.Category ?? "?", x, y, NodeWidth, NodeHeight, descriptor?.IsStart != true,
                Outcomes(activity, descriptor, flowchart), badge?.Kind, badge?.Text));
        }
        var edges = flowchart.Connections
            .Where(c => flowchart.Find(c.Source) is not null && flowchart.Find(c.Target) is not null)
            .Select(c => (Key: CardEdits.KeyOf(c.Source, c.SourcePort, c.Target), c))
            .DistinctBy(e => e.Key)
            .Select(e => new CanvasEdge(e.Key, e.c.Source, e.c.SourcePort, e.c.Target, litEdges?.Contains(e.Key) == true))
            .ToList();
        return new CanvasModel(nodes, edges, readOnly);
    }

    /// <summary>The outcomes an activity can take: the descriptor's, a switch's cases, a fork's branches, and any port a connection already uses.</summary>
    public static IReadOnlyList<CanvasPort> Outcomes(ActivityNode activity, ActivityDescriptor? descriptor, Flowchart flowchart)
    {
        var names = new List<string>();
        if (activity.Type == "Elsa.FlowSwitch")
        {
            if (activity.Property("cases") is JsonArray cases)
                names.AddRange(cases.OfType<JsonObject>().Select(c => c["label"]?.ToString() ?? "").Where(l => l.Length > 0));
            names.Add("Default");
        }
        else if (activity.Type == "Elsa.FlowFork")
        {
            names.AddRange(Branches(activity));
            if (names.Count == 0)
                names.Add("Done");
        }
        else if (descriptor is not null)
            names.AddRange(descriptor.Ports.Select(p => p.Name));
        foreach (var used in flowchart.Outbound(activity.Id).Select(c => c.SourcePort))
        {
            if (!names.Contains(used, StringComparer.Ordinal))
                names.Add(used);
        }
        return [.. names.Distinct(StringComparer.Ordinal).Select(n => new CanvasPort(n, n))];
    }

    /// <summary>A fork's branch names: a literal list, or the JSON array text an Object expression holds.</summary>
    public static IEnumerable<string> Branches(ActivityNode activity)
    {
        var value = (activity.Property("branches") as JsonObject)?["expression"]?["value"];
        if (value is JsonValue text && text.TryGetValue<string>(out var s))
        {
            try
            {
                value = JsonNode.Parse(s);
            }
            catch (JsonException)
            {
                return s.Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }
        return value is JsonArray array ? array.Select(b => b?.ToString() ?? "").Where(b => b.Length > 0) : [];
    }

    public static (int X, int Y)? Position(ActivityNode activity)
    {
        var position = (activity.Raw["metadata"] as JsonObject)?["designer"]?["position"] as JsonObject;
        return position is null || Number(position["x"]) is not { } x || Number(position["y"]) is not { } y ? null : ((int)Math.Round(x), (int)Math.Round(y));
    }

    public static double? Number(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<double>(out var d) => d,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<string>(out var s) && double.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var p) => p,
        _ => null,
    };
}
