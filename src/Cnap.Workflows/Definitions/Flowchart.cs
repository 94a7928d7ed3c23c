using System.Collections.Concurrent;

namespace Cnap.Workflows.Definitions;

/// <summary>
/// The root <c>Elsa.Flowchart</c> of a definition with its graph precomputed once per version: outbound
/// connections in array order, forward inbound connections (loops excluded), back edges and the start node.
/// </summary>
public sealed class Flowchart
{
    private readonly Dictionary<string, ActivityNode> byId;
    private readonly Dictionary<string, Connection[]> outbound;
    private readonly Dictionary<string, Connection[]> forwardInbound;
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> ancestors = new();
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> descendants = new();

    internal Flowchart(string id, IReadOnlyList<ActivityNode> activities, IReadOnlyList<Connection> connections)
    {
        Id = id;
        Activities = activities;
        Connections = connections;
        byId = activities.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var known = connections.Where(c => byId.ContainsKey(c.Source) && byId.ContainsKey(c.Target)).ToArray();
        outbound = known.GroupBy(c => c.Source).ToDictionary(g => g.Key, g => g.OrderBy(c => c.Index).ToArray());
        StartActivityId = FindStart(activities, known);
        MarkBackEdges(activities);
        forwardInbound = known.Where(c => !c.IsBackEdge).GroupBy(c => c.Target)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Index).ToArray());
    }

    /// <summary>The flowchart's own id.</summary>
    public string Id { get; }

    /// <summary>Activities in document order.</summary>
    public IReadOnlyList<ActivityNode> Activities { get; }

    /// <summary>Connections in document order (including ones naming missing activities; validation reports those).</summary>
    public IReadOnlyList<Connection> Connections { get; }

    /// <summary>An <c>Elsa.Start</c>, else the first activity without inbound connections; null for an empty flowchart.</summary>
    public string? StartActivityId { get; }

    /// <summary>Finds an activity by id.</summary>
    public ActivityNode? Find(string activityId) => byId.GetValueOrDefault(activityId);

    /// <summary>Outbound connections of an activity, in the order of the <c>connections</c> array.</summary>
    public IReadOnlyList<Connection> Outbound(string activityId) => outbound.GetValueOrDefault(activityId) ?? [];

    /// <summary>Inbound connections that do not close a loop.</summary>
    public IReadOnlyList<Connection> ForwardInbound(string activityId) => forwardInbound.GetValueOrDefault(activityId) ?? [];

    /// <summary>Every activity from which <paramref name="activityId"/> is reachable over forward connections.</summary>
    public IReadOnlySet<string> AncestorsOf(string activityId) => ancestors.GetOrAdd(activityId, id =>
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([id]);
        while (stack.Count > 0)
        {
            foreach (var connection in ForwardInbound(stack.Pop()))
            {
                if (seen.Add(connection.Source))
                    stack.Push(connection.Source);
            }
        }
        seen.Remove(id);
        return seen;
    });

    /// <summary>Every activity reachable from <paramref name="activityId"/> over forward connections.</summary>
    public IReadOnlySet<string> DescendantsOf(string activityId) => descendants.GetOrAdd(activityId, id =>
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([id]);
        while (stack.Count > 0)
        {
            foreach (var connection in Outbound(stack.Pop()).Where(c => !c.IsBackEdge))
            {
                if (seen.Add(connection.Target))
                    stack.Push(connection.Target);
            }
        }
        seen.Remove(id);
        return seen;
    });

    /// <summary>Activities reachable from the given roots over any connection.</summary>
    public IReadOnlySet<string> ReachableFrom(IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>(roots.Where(byId.ContainsKey));
        foreach (var root in stack)
            seen.Add(root);
        while (stack.Count > 0)
        {
            foreach (var connection in Outbound(stack.Pop()))
            {
                if (seen.Add(connection.Target))
                    stack.Push(connection.Target);
            }
        }
        return seen;
    }

    private static string? FindStart(IReadOnlyList<ActivityNode> activities, IReadOnlyList<Connection> connections)
    {
        var explicitStart = activities.FirstOrDefault(a => a.Type == "Elsa.Start");
        if (explicitStart is not null)
            return explicitStart.Id;
        var targets = connections.Select(c => c.Target).ToHashSet(StringComparer.Ordinal);
        return (activities.FirstOrDefault(a => !targets.Contains(a.Id)) ?? activities.FirstOrDefault())?.Id;
    }

    // Depth-first from the start (then from any node not yet seen, in document order); an edge to a node still on
    // the walk's stack closes a loop.
    private void MarkBackEdges(IReadOnlyList<ActivityNode> activities)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on stack, 2 = done
        var roots = new List<string>();
        if (StartActivityId is not null)
            roots.Add(StartActivityId);
        roots.AddRange(activities.Select(a => a.Id));
        foreach (var root in roots)
        {
            if (state.ContainsKey(root))
                continue;
            var stack = new Stack<(string Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var edges = Outbound(node);
                if (next >= edges.Count)
                {
                    state[node] = 2;
                    continue;
                }
                stack.Push((node, next + 1));
                var edge = edges[next];
                if (!state.TryGetValue(edge.Target, out var targetState))
                {
                    state[edge.Target] = 1;
                    stack.Push((edge.Target, 0));
                }
                else if (targetState == 1)
                {
                    edge.IsBackEdge = true;
                }
            }
        }
    }
}
