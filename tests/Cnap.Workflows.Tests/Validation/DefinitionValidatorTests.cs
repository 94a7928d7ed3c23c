using Cnap.Workflows.Definitions;
using Cnap.Workflows.Tests.Support;
using Cnap.Workflows.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Workflows.Tests.Validation;

public sealed class DefinitionValidatorTests
{
    private static IReadOnlyList<ValidationError> Validate(WorkflowDefinition definition)
    {
        using var engine = new PureEngine(o => o.AddActivity<Verdict>());
        return engine.Services.GetRequiredService<DefinitionValidator>().Validate(definition);
    }

    [Fact]
    public void The_document_review_fixture_reports_its_unknown_activity_by_name_and_id()
    {
        var errors = Validate(DefinitionReader.Read(Fixture.Read("elsa-document-review.json")));

        var error = Assert.Single(errors);
        Assert.Equal("a000000000000002", error.ActivityId);
        Assert.Contains("'ReviewDocument1' (id a000000000000002, Acme.ReviewDocument)", error.Message);
        Assert.Contains("unknown activity type 'Acme.ReviewDocument'", error.Message);
    }

    [Fact]
    public void Every_conformance_fixture_is_valid()
    {
        foreach (var file in Directory.GetFiles(Fixture.Path("elsa-conformance"), "*.json", SearchOption.AllDirectories))
            Assert.Empty(Validate(DefinitionReader.Read(File.ReadAllText(file))));
    }

    [Fact]
    public void A_missing_required_input_is_reported()
    {
        var errors = Validate(new FlowBuilder().Event("Wait", "").Build());

        Assert.Contains(errors, e => e.Message == "activity 'Wait' (id Wait, Elsa.Event): the required input 'eventName' has no value");
    }

    [Fact]
    public void An_unreachable_activity_is_reported()
    {
        var errors = Validate(new FlowBuilder().Start().Line("A").Line("Island").Connect("Start", "A").Build());

        Assert.Contains(errors, e => e.ActivityId == "Island" && e.Message.Contains("unreachable"));
    }

    [Fact]
    public void Script_and_template_syntax_errors_name_the_activity_and_input()
    {
        var errors = Validate(new FlowBuilder().Decision("D", "getX( ==").Custom("W", "Elsa.WriteLine", ("text", FlowBuilder.Expression("Liquid", "{% if %}")))
            .Connect("D:True", "W").Build());

        Assert.Contains(errors, e => e.ActivityId == "D" && e.Message.Contains("JavaScript of input 'condition' has a syntax error"));
        Assert.Contains(errors, e => e.ActivityId == "W" && e.Message.Contains("Liquid of input 'text' has a syntax error"));
    }

    [Fact]
    public void A_connection_to_a_missing_activity_is_reported()
    {
        var errors = Validate(new FlowBuilder().Line("A").Connect("A", "Ghost").Build());

        Assert.Contains(errors, e => e.Message.Contains("names activity 'Ghost', which does not exist"));
    }

    [Fact]
    public void An_outcome_that_must_be_connected_but_is_not_is_reported()
    {
        var errors = Validate(new FlowBuilder().Custom("V", "Test.Verdict").Line("Yes").Connect("V:Granted", "Yes").Build());

        var error = Assert.Single(errors);
        Assert.Equal("activity 'V' (id V, Test.Verdict): the outcome 'Refused' is not connected", error.Message);
    }

    [Workflows.Activities.Activity("Test.Verdict")]
    [Workflows.Activities.Outcomes("Granted", "Refused", RequireConnections = true)]
    private sealed class Verdict : Workflows.Activities.Activity
    {
        public override ValueTask<Workflows.Activities.ActivityResult> ExecuteAsync(Workflows.Activities.ActivityContext context) =>
            ValueTask.FromResult(Workflows.Activities.ActivityResult.Done("Granted"));
    }
}
