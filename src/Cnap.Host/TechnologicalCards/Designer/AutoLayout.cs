using Cnap.Workflows.Definitions;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>
/// Positions for cards drawn without them (hand-written or imported JSON): columns by the longest forward path from
/// the start, rows ordered by the rows of each node's predecessors. Only shown, never written into the card, so an
/// export stays as imported.
/// </summary>
public static class AutoLayout
{
    public const int ColumnWidth = 290;
    public const int RowHeight = 120;

    public static IReadOnlyDictionary<string, (int X, int Y)> Arrange(Flowchart flowchart)
    {
        var layer = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var activity in TopologicalOrder(flowchart))
        {
            var inbound = flowchart.ForwardInbound(activity).Where(c => layer.ContainsKey(c.Source)).ToList();
            layer[activity] = inbound.Count == 0 ? 0 : inbound.Max(c => layer[c.Source]) + 1;
        }
        var positions = new Dictionary<string, (int X, int Y)>(StringComparer.Ordinal);
        var rowOf = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var column in layer.GroupBy(l => l.Value).OrderBy(g => g.Key))
        {
            var ordered = column.Select(l => l.Key)
                .OrderBy(id => flowchart.ForwardInbound(id).Select(c => rowOf.GetValueOrDefault(c.Source)).DefaultIfEmpty(0).Average())
                .ToList();
            for (var row = 0; row < ordered.Count; row++)
            {
                rowOf[ordered[row]] = row;
                positions[ordered[row]] = (column.Key * ColumnWidth, row * RowHeight);
            }
        }
        return positions;
    }

    // Kahn's order over forward connections, starting from the start activity; nodes no path reaches follow in document order.
    private static IEnumerable<string> TopologicalOrder(Flowchart flowchart)
    {
        var remaining = flowchart.Activities.DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => flowchart.ForwardInbound(a.Id).Count(c => flowchart.Find(c.Source) is not null), StringComparer.Ordinal);
        var ready = new Queue<string>(flowchart.Activities.Where(a => remaining[a.Id] == 0).OrderBy(a => a.Id == flowchart.StartActivityId ? 0 : 1).Select(a => a.Id));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Count < remaining.Count)
        {
            if (ready.Count == 0)
                ready.Enqueue(flowchart.Activities.First(a => !seen.Contains(a.Id)).Id);
            var id = ready.Dequeue();
            if (!seen.Add(id))
                continue;
            yield return id;
            foreach (var connection in flowchart.Outbound(id).Where(c => !c.IsBackEdge && remaining.ContainsKey(c.Target)))
            {
                if (--remaining[connection.Target] == 0)
                    ready.Enqueue(connection.Target);
            }
        }
    }
}
