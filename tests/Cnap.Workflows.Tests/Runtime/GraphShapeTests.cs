using Cnap.Workflows.Runtime;
using Cnap.Workflows.Tests.Support;

namespace Cnap.Workflows.Tests.Runtime;

/// <summary>
/// The execution semantics of docs/engine-semantics.md as a table of graph shapes: each row is a flowchart, the
/// events delivered after start, the WriteLine texts expected in order, and the final status.
/// </summary>
public sealed class GraphShapeTests
{
    public sealed record Shape(string Name, Func<FlowBuilder> Build, string[] Resume, string[] Lines, WorkflowStatus Status)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Shape> Shapes => new()
    {
        new("sequence runs in order",
            () => new FlowBuilder().Line("A").Line("B").Line("C").Chain("A", "B", "C"),
            [], ["A", "B", "C"], WorkflowStatus.Finished),
        new("decision follows only the matching outcome",
            () => new FlowBuilder().Decision("D", "1 < 2").Line("T").Line("F").Connect("D:True", "T").Connect("D:False", "F"),
            [], ["T"], WorkflowStatus.Finished),
        new("implicit join after a decision runs once although one inbound path is dead",
            () => new FlowBuilder().Decision("D", "false").Line("T").Line("F").Line("M")
                .Connect("D:True", "T").Connect("D:False", "F").Connect("T", "M").Connect("F", "M"),
            [], ["F", "M"], WorkflowStatus.Finished),
        new("implicit join after parallel branches runs once, after both",
            () => new FlowBuilder().Line("A").Line("B").Line("C").Line("M")
                .Connect("A", "B").Connect("A", "C").Connect("B", "M").Connect("C", "M"),
            [], ["A", "B", "C", "M"], WorkflowStatus.Finished),
        new("targets run in the order of the connections array",
            () => new FlowBuilder().Line("A").Line("B").Line("C").Connect("A", "C").Connect("A", "B"),
            [], ["A", "C", "B"], WorkflowStatus.Finished),
        new("implicit join waits for a branch that is suspended on a bookmark",
            () => new FlowBuilder().Line("A").Event("E", "go").Line("B").Line("M")
                .Connect("A", "E").Connect("A", "B").Connect("E", "M").Connect("B", "M"),
            ["E"], ["A", "B", "M"], WorkflowStatus.Finished),
        new("dead path elimination skips a whole chain",
            () => new FlowBuilder().Decision("D", "true").Line("T").Line("F1").Line("F2").Line("F3")
                .Connect("D:True", "T").Connect("D:False", "F1").Chain("F1", "F2", "F3"),
            [], ["T"], WorkflowStatus.Finished),
        new("WaitAll join runs when every inbound path was followed",
            () => new FlowBuilder().Line("A").Line("B").Line("C").Join("J", "WaitAll").Line("Z")
                .Connect("A", "B").Connect("A", "C").Connect("B", "J").Connect("C", "J").Connect("J", "Z"),
            [], ["A", "B", "C", "Z"], WorkflowStatus.Finished),
        new("WaitAll join is skipped when one inbound path is dead, and so is what follows",
            () => new FlowBuilder().Decision("D", "true").Line("T").Line("F").Join("J", "WaitAll").Line("Z")
                .Connect("D:True", "T").Connect("D:False", "F").Connect("T", "J").Connect("F", "J").Connect("J", "Z"),
            [], ["T"], WorkflowStatus.Finished),
        new("WaitAny join runs on the first arrival and cancels the other branch's bookmark",
            () => new FlowBuilder().Line("A").Event("E", "never").Line("B").Join("J", "WaitAny").Line("Z")
                .Connect("A", "E").Connect("A", "B").Connect("E", "J").Connect("B", "J").Connect("J", "Z"),
            [], ["A", "B", "Z"], WorkflowStatus.Finished),
        new("WaitAny join ignores a later arrival",
            () => new FlowBuilder().Line("A").Line("B").Line("C").Join("J", "WaitAny").Line("Z")
                .Connect("A", "B").Connect("A", "C").Connect("B", "J").Connect("C", "J").Connect("J", "Z"),
            [], ["A", "B", "Z"], WorkflowStatus.Finished),
        new("WaitAny join cancels a branch with a timer",
            () => new FlowBuilder().Line("A").Delay("T", "1.00:00:00").Line("Late").Event("E", "go").Join("J", "WaitAny").Line("Z")
                .Connect("A", "T").Connect("A", "E").Connect("T", "Late").Connect("Late", "J").Connect("E", "J").Connect("J", "Z"),
            ["E"], ["A", "Z"], WorkflowStatus.Finished),
        new("a loop re-enters its body until the condition holds",
            () => new FlowBuilder().Variable("N", "Int32", "0").Start().Line("Body").SetVariable("Inc", "N", "getN() + 1").Decision("More", "getN() < 3").Line("Out")
                .Chain("Start", "Body", "Inc", "More").Connect("More:True", "Body").Connect("More:False", "Out"),
            [], ["Body", "Body", "Body", "Out"], WorkflowStatus.Finished),
        new("a loop through an implicit join resets the join on re-entry",
            () => new FlowBuilder().Variable("N", "Int32", "0").Start().Line("P").Line("Q").Line("M").SetVariable("Inc", "N", "getN() + 1").Decision("Again", "getN() < 2")
                .Connect("Start", "P").Connect("P", "Q").Connect("P", "M").Connect("Q", "M").Connect("M", "Inc").Connect("Inc", "Again").Connect("Again:True", "P"),
            [], ["P", "Q", "M", "P", "Q", "M"], WorkflowStatus.Finished),
        new("a loop that waits each round resumes round by round",
            () => new FlowBuilder().Variable("N", "Int32", "0").Start().Event("Wait", "next").SetVariable("Inc", "N", "getN() + 1").Line("Round").Decision("More", "getN() < 2").Line("Done")
                .Chain("Start", "Wait", "Inc", "Round", "More").Connect("More:True", "Wait").Connect("More:False", "Done"),
            ["Wait", "Wait"], ["Round", "Round", "Done"], WorkflowStatus.Finished),
        new("End completes the instance and cancels a waiting branch",
            () => new FlowBuilder().Line("A").Event("E", "never").Line("B").End("X")
                .Connect("A", "E").Connect("A", "B").Connect("B", "X"),
            [], ["A", "B"], WorkflowStatus.Finished),
        new("an instance with an open bookmark is suspended",
            () => new FlowBuilder().Line("A").Event("E", "go").Line("B").Chain("A", "E", "B"),
            [], ["A"], WorkflowStatus.Suspended),
        new("switch takes the first matching case",
            () => new FlowBuilder().Switch("S", ("Low", "1 > 2"), ("Mid", "2 > 1"), ("High", "3 > 1")).Line("L").Line("M").Line("H").Line("D")
                .Connect("S:Low", "L").Connect("S:Mid", "M").Connect("S:High", "H").Connect("S:Default", "D"),
            [], ["M"], WorkflowStatus.Finished),
        new("switch without a match takes Default",
            () => new FlowBuilder().Switch("S", ("Low", "false")).Line("L").Line("D").Connect("S:Low", "L").Connect("S:Default", "D"),
            [], ["D"], WorkflowStatus.Finished),
        new("fork continues on every named branch",
            () => new FlowBuilder().Fork("F", "Left, Right").Line("L").Line("R").Connect("F:Left", "L").Connect("F:Right", "R"),
            [], ["L", "R"], WorkflowStatus.Finished),
        new("the start node is the Elsa.Start; an inbound path never reached keeps an implicit join waiting",
            () => new FlowBuilder().Line("Orphan").Line("A").Start().Connect("Start", "A").Connect("Orphan", "A"),
            [], [], WorkflowStatus.Finished),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Graph_shape_runs_as_specified(Shape shape)
    {
        using var engine = new PureEngine();
        var instance = engine.Start(shape.Build().Build());
        foreach (var activity in shape.Resume)
            instance.ResumeActivity(activity);

        Assert.Equal(shape.Lines, instance.Lines);
        Assert.Equal(shape.Status, instance.Status);
        Assert.Empty(instance.Incidents);
    }
}
