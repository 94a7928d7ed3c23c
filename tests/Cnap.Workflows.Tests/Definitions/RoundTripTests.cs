using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Tests.Support;

namespace Cnap.Workflows.Tests.Definitions;

public sealed class RoundTripTests
{
    [Fact]
    public void The_document_review_fixture_exports_exactly_what_was_imported()
    {
        var original = JsonNode.Parse(Fixture.Read("elsa-document-review.json"))!;

        var exported = DefinitionWriter.ToJson(DefinitionReader.Read(Fixture.Read("elsa-document-review.json")));

        Assert.True(JsonNode.DeepEquals(original, exported), exported.ToJsonString());
    }

    [Fact]
    public void An_unknown_activity_type_survives_with_its_inputs_and_designer_metadata()
    {
        var definition = DefinitionReader.Read(Fixture.Read("elsa-document-review.json"));

        var review = definition.Root.Find("a000000000000002")!;

        Assert.Equal("Acme.ReviewDocument", review.Type);
        Assert.Equal("getInput('Reviewer')", review.Property("reviewer")!["expression"]!["value"]!.GetValue<string>());
        Assert.Equal(-220, review.Raw["metadata"]!["designer"]!["position"]!["x"]!.GetValue<int>());
        Assert.Equal(2, definition.Root.Connections.Count(c => c.Source == "a000000000000002" || c.Target == "a000000000000002"));
    }

    [Theory]
    [InlineData("FlowchartCompletion/workflow2.json")]
    [InlineData("ImportAndExecute/implicit-loop.json")]
    public void Legacy_connections_are_written_in_the_nested_form_and_read_back_identically(string file)
    {
        var first = DefinitionReader.Read(Fixture.Read(Path.Combine("elsa-conformance", file)));

        var exported = DefinitionWriter.ToJson(first);
        var second = DefinitionReader.Read(exported);

        Assert.All(exported["root"]!["connections"]!.AsArray(), c => Assert.IsType<JsonObject>(c!["source"]));
        Assert.Equal(first.Root.Connections.Select(Describe), second.Root.Connections.Select(Describe));
        Assert.True(JsonNode.DeepEquals(exported, DefinitionWriter.ToJson(second)));
    }

    [Fact]
    public void Keys_are_read_in_any_case_and_numeric_ids_become_strings()
    {
        var definition = DefinitionReader.Read("""
            {"DefinitionId": "d", "Root": {"Type": "Elsa.Flowchart", "Activities": [
              {"Id": 1, "Type": "Elsa.WriteLine", "Text": {"expression": {"type": "Literal", "value": "hi"}}},
              {"Id": 2, "Type": "Elsa.WriteLine"}],
              "Connections": [{"Source": 1, "Target": 2, "SourcePort": "Done", "TargetPort": "In"}]}}
            """);

        Assert.Equal("d", definition.DefinitionId);
        Assert.Equal(["1", "2"], definition.Root.Activities.Select(a => a.Id));
        Assert.Equal("1", definition.Root.StartActivityId);
        Assert.Equal("hi", definition.Root.Find("1")!.Property("text")!["expression"]!["value"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"root": {"activities": [{"type": "Elsa.WriteLine"}]}}""", "$.root.activities[0].id")]
    [InlineData("""{"root": {"activities": [{"id": "a"}]}}""", "$.root.activities[0].type")]
    [InlineData("""{"root": {"activities": {}}}""", "$.root.activities")]
    [InlineData("""{"name": "x"}""", "$.root")]
    [InlineData("""{"root": {"activities": [], "connections": [{"target": "b"}]}}""", "$.root.connections[0].source")]
    public void A_structural_error_names_its_JSON_path(string json, string path)
    {
        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionReader.Read(json));

        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void Malformed_JSON_names_the_path_where_parsing_stopped()
    {
        var error = Assert.Throws<DefinitionFormatException>(() => DefinitionReader.Read("""{"root": {"activities": [{"id": "a",, }]}}"""));

        Assert.StartsWith("$.root.activities[0]", error.JsonPath);
        Assert.Contains("malformed JSON", error.Message);
    }

    private static string Describe(Connection c) => $"{c.Index}:{c.Source}:{c.SourcePort}->{c.Target}:{c.TargetPort}";
}
