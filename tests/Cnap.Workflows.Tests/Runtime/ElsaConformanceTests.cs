using Cnap.Workflows.Runtime;
using Cnap.Workflows.Tests.Support;

namespace Cnap.Workflows.Tests.Runtime;

/// <summary>Elsa 3's own test expectations (Fixtures/elsa-conformance/README.md), run on the pure runtime.</summary>
public sealed class ElsaConformanceTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "ExplicitJoins/join-any-1.json", ["Start", "End"] },
        { "ExplicitJoins/join-all-1.json", ["Start", "Line 1", "Line 2", "End"] },
        { "FlowchartCompletion/workflow1.json", ["WriteLine1", "WriteLine2", "WriteLine3"] },
        { "FlowchartCompletion/workflow2.json", ["WriteLine1", "WriteLine2", "WriteLine3", "WriteLine4", "WriteLine5", "WriteLine6", "WriteLine7", "WriteLine8", "WriteLine9"] },
        { "FlowchartCompletion/workflow4.json", ["WriteLine1", "WriteLine2", "WriteLine3", "WriteLine4", "WriteLine6", "WriteLine7"] },
        { "ImportAndExecute/writeline.json", ["Dummy Text"] },
        { "ImportAndExecute/implicit-loop.json", ["Do something", "Retry", "Do something", "Done"] },
        { "BasicWorkflows/hello-world.json", ["Hello World!"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_writes_exactly_the_lines_Elsa_expects_and_finishes(string file, string[] lines)
    {
        using var engine = new PureEngine();
        var instance = engine.Start(Fixture.Read(Path.Combine("elsa-conformance", file)));
        instance.ResumeAll();

        Assert.Equal(lines, instance.Lines);
        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Empty(instance.State.Bookmarks);
    }

    [Fact]
    public void Delay_in_the_braided_flow_suspends_after_the_sixth_line_until_the_timer_fires()
    {
        using var engine = new PureEngine();
        var instance = engine.Start(Fixture.Read("elsa-conformance/FlowchartCompletion/workflow4.json"));

        Assert.Equal(WorkflowStatus.Suspended, instance.Status);
        Assert.Equal(["WriteLine1", "WriteLine2", "WriteLine3", "WriteLine4", "WriteLine6"], instance.Lines);
        var timer = Assert.Single(instance.State.Bookmarks);
        Assert.Equal(engine.Clock.GetUtcNow() + TimeSpan.FromSeconds(5), timer.DueAt);
    }
}
