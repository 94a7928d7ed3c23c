using System.Text.Json.Nodes;
using Cnap.Workflows.Runtime;
using Cnap.Workflows.Tests.Support;

namespace Cnap.Workflows.Tests.Runtime;

public sealed class BurstBehaviourTests
{
    [Fact]
    public void A_loop_without_a_blocking_step_faults_with_an_incident_naming_the_limit()
    {
        using var engine = new PureEngine(o => o.MaxExecutionsPerBurst = 50);
        var definition = new FlowBuilder().Start().Line("A").Line("B").Chain("Start", "A", "B").Connect("B", "A").Build();

        var instance = engine.Start(definition);

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Contains("exceeded 50 activity executions", incident.Message);
        Assert.NotEmpty(instance.State.Queue);
    }

    [Fact]
    public void A_consumed_bookmark_resumed_again_has_no_effect()
    {
        using var engine = new PureEngine();
        var instance = engine.Start(new FlowBuilder().Event("E", "go").Line("B").Chain("E", "B").Build());
        var bookmark = instance.State.Bookmarks.Single().Id;

        var first = instance.Resume(bookmark);
        var second = instance.Resume(bookmark);

        Assert.True(first.Applied);
        Assert.False(second.Applied);
        Assert.Equal(["B"], instance.Lines);
        Assert.Single(instance.Journal, e => e.Event == JournalEvent.Resumed);
    }

    [Fact]
    public void WaitAny_journals_the_cancelled_bookmark_and_reports_it_removed()
    {
        using var engine = new PureEngine();
        var instance = engine.Start(new FlowBuilder().Line("A").Event("E", "x").Line("B").Join("J", "WaitAny")
            .Connect("A", "E").Connect("A", "B").Connect("E", "J").Connect("B", "J").Build());

        Assert.Single(instance.Journal, e => e.Event == JournalEvent.Cancelled && e.ActivityId == "E");
        Assert.Empty(instance.State.Bookmarks);
        Assert.Empty(instance.LastBurst!.AddedBookmarks);
    }

    [Fact]
    public void Journal_records_outcomes_skips_and_the_bookmark_of_a_suspension()
    {
        using var engine = new PureEngine();
        var instance = engine.Start(new FlowBuilder().Decision("D", "true").Event("E", "go").Line("F")
            .Connect("D:True", "E").Connect("D:False", "F").Build());

        var events = instance.Journal.Select(e => (e.ActivityId, e.Event)).ToList();
        Assert.Equal([(null, JournalEvent.Started), ("D", JournalEvent.Completed), ("F", JournalEvent.Skipped), ("E", JournalEvent.Suspended)], events);
        Assert.Equal(["True"], instance.Journal[1].Outcomes);
        Assert.Equal(instance.State.Bookmarks.Single().Id, instance.Journal[3].BookmarkId);
        Assert.Equal(Enumerable.Range(1, 4).Select(i => (long)i), instance.Journal.Select(e => e.Sequence));
    }

    [Fact]
    public void A_failing_activity_faults_and_a_retry_runs_it_again()
    {
        using var engine = new PureEngine();
        var definition = new FlowBuilder().Variable("Ok", "Boolean", "false").Decision("D", "if (!getOk()) throw new Error('not yet'); true").Line("After")
            .Connect("D:True", "After").Build();
        var instance = engine.Start(definition);
        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        var incident = Assert.Single(instance.Incidents);
        Assert.Contains("'D' (id D, Elsa.FlowDecision)", incident.Message);
        Assert.Contains("not yet", incident.Message);

        instance.State.Variables["Ok"] = true;
        instance.Run(new RetryStimulus());

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["After"], instance.Lines);
    }

    [Fact]
    public void Continue_strategy_records_the_incident_and_treats_the_failed_path_as_not_taken()
    {
        using var engine = new PureEngine(o => o.IncidentStrategy = Hosting.IncidentStrategy.Continue);
        var instance = engine.Start(new FlowBuilder().Line("A").Decision("Bad", "throw new Error('x')").Line("B").Line("C")
            .Connect("A", "Bad").Connect("A", "C").Connect("Bad:True", "B").Build());

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal(["A", "C"], instance.Lines);
        Assert.Single(instance.Incidents);
    }

    [Fact]
    public void Cancelling_removes_every_bookmark()
    {
        using var engine = new PureEngine();
        var instance = engine.Start(new FlowBuilder().Line("A").Event("E1", "a").Event("E2", "b").Connect("A", "E1").Connect("A", "E2").Build());
        Assert.Equal(2, instance.State.Bookmarks.Count);

        var result = instance.Run(new CancelStimulus());

        Assert.Equal(WorkflowStatus.Cancelled, instance.Status);
        Assert.Equal(2, result.RemovedBookmarkIds.Count);
        Assert.Empty(instance.State.Bookmarks);
    }

    [Fact]
    public void Event_resumed_with_input_writes_it_to_the_bound_variable()
    {
        using var engine = new PureEngine();
        var json = new FlowBuilder().Variable("Answer", "Object", "").Event("E", "go").Line("Say", "").Connect("E", "Say").Json();
        var activities = (JsonArray)json["root"]!["activities"]!;
        activities[0]!["result"] = new JsonObject { ["typeName"] = "Object", ["memoryReference"] = new JsonObject { ["id"] = "Answer" } };
        activities[1]!["text"] = FlowBuilder.Expression("Liquid", "answer: {{ Variables.Answer.decision }}");
        var instance = engine.Start(Workflows.Definitions.DefinitionReader.Read(json));

        instance.ResumeActivity("E", new JsonObject { ["decision"] = "Granted" });

        Assert.Equal(["answer: Granted"], instance.Lines);
    }

    [Fact]
    public void State_stays_small_because_the_journal_is_not_part_of_it()
    {
        using var engine = new PureEngine();
        var definition = new FlowBuilder().Variable("N", "Int32", "0").Start().Event("Wait", "next").SetVariable("Inc", "N", "getN() + 1").Line("Round")
            .Chain("Start", "Wait", "Inc", "Round").Connect("Round", "Wait").Build();
        var instance = engine.Start(definition);
        for (var i = 0; i < 200; i++)
            instance.ResumeActivity("Wait");

        Assert.Equal(200, instance.Lines.Count);
        Assert.True(instance.State.Serialize().Length < 1024, instance.State.Serialize());
    }
}
