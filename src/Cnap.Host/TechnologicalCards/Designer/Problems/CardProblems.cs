using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Validation;

namespace Cnap.Host.TechnologicalCards.Designer.Problems;

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>One line of the Problems panel; <see cref="ActivityId"/> is the node a click selects.</summary>
public sealed record CardProblem(ProblemSeverity Severity, string? ActivityId, string Message);

/// <summary>
/// The designer's checks, run after every edit: the engine's publish validation (errors) plus what a methodologist
/// gets wrong in a card that still runs: waits that lead nowhere, joins that cannot fire, waits with no SLA timer,
/// refusals with no legal ground. Errors block publishing; warnings ask for confirmation.
/// </summary>
public sealed class CardProblems(DefinitionValidator validator)
{
    private static readonly HashSet<string> BlockingKinds = ["Task", "Trigger"];

    public IReadOnlyList<CardProblem> Check(WorkflowDefinition card, IReadOnlyDictionary<string, ActivityDescriptor> descriptors)
    {
        var problems = validator.Validate(card).Select(e => new CardProblem(ProblemSeverity.Error, e.ActivityId, e.Message)).ToList();
        var flowchart = card.Root;
        foreach (var activity in flowchart.Activities)
        {
            if (!descriptors.TryGetValue(activity.Type, out var descriptor))
                continue;
            var connected = flowchart.Outbound(activity.Id).Select(c => c.SourcePort).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var outcomes = CanvasProjection.Outcomes(activity, descriptor, flowchart);
            var dangling = outcomes.Where(o => !connected.Contains(o.Name)).ToList();
            if (BlockingKinds.Contains(descriptor.Kind))
            {
                foreach (var outcome in dangling)
                {
                    // A stage may rightly give the officer no way to ask for clarification; the button then leads nowhere.
                    if (activity.Type == "Cnap.AwaitDecision" && outcome.Name == "Clarification")
                        Add(problems, ProblemSeverity.Warning, activity, $"activity {activity.Describe()}: the outcome 'Clarification' is not connected: the officer cannot ask for clarification at this stage");
                    else
                        Add(problems, ProblemSeverity.Error, activity, $"activity {activity.Describe()}: the outcome '{outcome.Name}' leads nowhere: a case taking it would stop without a result");
                }
            }
            else if (!descriptor.IsTerminal && outcomes.Count > 0 && dangling.Count == outcomes.Count)
                Add(problems, ProblemSeverity.Warning, activity, $"activity {activity.Describe()}: no outcome is connected; the path ends here without an End");
        }
        CheckJoins(flowchart, problems);
        CheckAwaitsHaveTimers(flowchart, problems);
        CheckRefusalGrounds(flowchart, problems);
        return problems;
    }

    // A join waiting for all branches of an exclusive choice (two outcomes of one decision) waits forever.
    private static void CheckJoins(Flowchart flowchart, List<CardProblem> problems)
    {
        foreach (var join in flowchart.Activities.Where(a => a.Type == "Elsa.FlowJoin"))
        {
            var inbound = flowchart.ForwardInbound(join.Id);
            if (inbound.Count < 2)
            {
                Add(problems, ProblemSeverity.Warning, join, $"activity {join.Describe()}: a join with {inbound.Count} inbound connection(s) merges nothing");
                continue;
            }
            if (!IsWaitAll(join))
                continue;
            var exclusive = flowchart.AncestorsOf(join.Id).Select(flowchart.Find).OfType<ActivityNode>()
                .Where(a => a.Type != "Elsa.FlowFork" && flowchart.Outbound(a.Id)
                    .Where(c => !c.IsBackEdge && (c.Target == join.Id || flowchart.DescendantsOf(c.Target).Contains(join.Id)))
                    .Select(c => c.SourcePort).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1);
            foreach (var decision in exclusive)
                Add(problems, ProblemSeverity.Error, join, $"activity {join.Describe()}: waits for all branches, but two of them are alternative outcomes of {decision.Describe()}, so it can never fire");
        }
    }

    private static bool IsWaitAll(ActivityNode join)
    {
        var mode = join.Property("mode");
        var text = (mode as JsonObject)?["expression"]?["value"]?.ToString() ?? mode?.ToString();
        return text is null || text.Equals("WaitAll", StringComparison.OrdinalIgnoreCase);
    }

    private static void CheckAwaitsHaveTimers(Flowchart flowchart, List<CardProblem> problems)
    {
        if (flowchart.Activities.Any(a => a.Type == "Cnap.SlaTimer"))
            return;
        foreach (var wait in flowchart.Activities.Where(a => a.Type == "Cnap.AwaitDecision"))
            Add(problems, ProblemSeverity.Warning, wait, $"activity {wait.Describe()}: waits for a decision, but no SLA timer (Контроль строку) watches the term");
    }

    private static void CheckRefusalGrounds(Flowchart flowchart, List<CardProblem> problems)
    {
        foreach (var decision in flowchart.Activities.Where(a => a.Type == "Cnap.RecordDecision"))
        {
            if (!string.Equals(Literal(decision, "decision"), "Refused", StringComparison.OrdinalIgnoreCase) || !string.IsNullOrWhiteSpace(Literal(decision, "groundCode")))
                continue;
            var officerDecides = flowchart.AncestorsOf(decision.Id).Any(id => flowchart.Find(id)?.Type == "Cnap.AwaitDecision");
            if (!officerDecides)
                Add(problems, ProblemSeverity.Warning, decision, $"activity {decision.Describe()}: refuses without a legal ground (Підстава відмови), and no officer's decision precedes it to give one");
        }
    }

    private static string? Literal(ActivityNode activity, string input) =>
        (activity.Property(input) as JsonObject)?["expression"]?["value"]?.ToString();

    private static void Add(List<CardProblem> problems, ProblemSeverity severity, ActivityNode activity, string message)
    {
        if (!problems.Any(p => p.ActivityId == activity.Id && p.Message == message))
            problems.Add(new CardProblem(severity, activity.Id, message));
    }
}
