using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cnap.Activities.SelectLists;
using Cnap.Activities.Tests.Support;
using Cnap.Workflows.Activities;
using Cnap.Workflows.Definitions;
using Cnap.Workflows.Descriptors;
using Cnap.Workflows.Expressions;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Activities.Tests.Cards;

/// <summary>Every card in workflows/ is checked against the activities it is written with (docs/activities.md).</summary>
public sealed partial class TechnologicalCardTests : IDisposable
{
    private static readonly string[] ActivityKeys = ["id", "nodeId", "name", "type", "version", "customProperties", "metadata"];
    private readonly Engine engine = new();

    public static TheoryData<string> Names => CardFiles.Names;

    [Fact]
    public void The_cards_are_there() =>
        Assert.True(CardFiles.Files.Count() >= 7, $"expected the seven cards of issue 5 in {CardFiles.Folder}");

    [Theory, MemberData(nameof(Names))]
    public void Every_activity_type_resolves(string card)
    {
        var unknown = CardFiles.Read(card).Root.Activities.Where(a => engine.Registry.Find(a.Type) is null).Select(a => a.Describe());
        Assert.Empty(unknown);
    }

    [Theory, MemberData(nameof(Names))]
    public void Every_connection_leaves_from_an_outcome_its_activity_has(string card)
    {
        var flowchart = CardFiles.Read(card).Root;
        var wrong = flowchart.Connections
            .Where(c => flowchart.Find(c.Source) is { } source && !OutcomesOf(source).Contains(c.SourcePort))
            .Select(c => $"{c.Source}.{c.SourcePort} → {c.Target} (has {string.Join(", ", OutcomesOf(flowchart.Find(c.Source)!))})");
        Assert.Empty(wrong);
    }

    [Theory, MemberData(nameof(Names))]
    public void Every_card_can_be_published(string card) =>
        Assert.Empty(engine.Validator.Validate(CardFiles.Read(card)).Select(e => e.Message));

    [Theory, MemberData(nameof(Names))]
    public void Every_property_a_card_sets_is_an_input_or_output_of_its_activity(string card)
    {
        var strays = from node in CardFiles.Read(card).Root.Activities
                     let info = engine.Registry.Find(node.Type)
                     where info is not null
                     from key in node.Raw.Select(p => p.Key)
                     where !ActivityKeys.Contains(key)
                           && !info.Inputs.Any(i => i.JsonName == key) && !info.Outputs.Any(o => o.JsonName == key)
                     select $"{node.Describe()}.{key}";
        Assert.Empty(strays);
    }

    [Theory, MemberData(nameof(Names))]
    public void Choices_fixed_by_law_are_among_the_dropdown_options(string card)
    {
        var wrong = new List<string>();
        foreach (var node in CardFiles.Read(card).Root.Activities)
        {
            var info = engine.Registry.Find(node.Type);
            foreach (var input in info?.Inputs.Where(i => i.Attribute.OptionsProvider?.IsSubclassOf(typeof(FixedList)) == true) ?? [])
            {
                var expression = ExpressionSpec.FromInput(node.Property(input.JsonName));
                if (expression is not { Syntax: ExpressionSpec.Literal, IsEmpty: false })
                    continue;
                var list = (FixedList)engine.Services.GetRequiredService(input.Attribute.OptionsProvider!);
                if (!list.Values.Contains(expression.Text))
                    wrong.Add($"{node.Describe()}.{input.JsonName} = «{expression.Text}» (one of {string.Join(", ", list.Values)})");
            }
        }
        Assert.Empty(wrong);
    }

    [Theory, MemberData(nameof(Names))]
    public void Unit_codes_the_card_uses_are_documented(string card)
    {
        var documented = DocumentedUnitCodes().ToHashSet();
        var used = CardFiles.Read(card).Root.Activities
            .Where(a => a.Type == "Cnap.SendToProvider")
            .Select(a => ExpressionSpec.FromInput(a.Property("unit"))?.Text)
            .Where(code => !string.IsNullOrEmpty(code))
            .ToList();
        var undocumented = used.Except(documented).ToList();
        Assert.True(undocumented.Count == 0, $"not in docs/activities.md: {string.Join(", ", undocumented)}");
    }

    [Theory, MemberData(nameof(Names))]
    public void A_card_waits_on_no_outcome_that_leads_nowhere(string card)
    {
        // A provider may be unable to ask for clarification at some stage; every other way out of a wait must lead on,
        // or the case would stop there with no one told.
        var flowchart = CardFiles.Read(card).Root;
        var waits = flowchart.Activities.Where(a => a.Type is "Cnap.AwaitDecision" or "Cnap.IssueResult" or "Cnap.RequestClarification" or "Cnap.SlaTimer");
        var dangling = from node in waits
                       from outcome in engine.Registry.Find(node.Type)!.Outcomes
                       where !(node.Type == "Cnap.AwaitDecision" && outcome == "Clarification")
                       where !flowchart.Outbound(node.Id).Any(c => c.SourcePort == outcome)
                       select $"{node.Describe()}.{outcome}";
        Assert.Empty(dangling);
    }

    [Theory, MemberData(nameof(Names))]
    public void Every_card_says_which_services_it_routes(string card)
    {
        var codes = CardFiles.Read(card).Document["customProperties"]?["cnap:serviceCodes"];
        Assert.IsType<JsonArray>(codes);
    }

    [Fact]
    public void A_card_that_forgets_the_unclaimed_result_cannot_be_published()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(CardFiles.Folder, "residence-registration.json")))!.AsObject();
        var connections = json["root"]!["connections"]!.AsArray();
        connections.Remove(connections.First(c => c!["source"]!["activity"]!.GetValue<string>() == "GrantIssue" && c["source"]!["port"]!.GetValue<string>() == "Unclaimed"));

        var errors = engine.Validator.Validate(DefinitionReader.Read(json.ToJsonString())).Select(e => e.Message);

        Assert.Contains(errors, e => e.Contains("GrantIssue", StringComparison.Ordinal) && e.Contains("'Unclaimed' is not connected", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Names))]
    public void Every_card_is_described_in_the_activities_doc(string card) =>
        Assert.Contains($"| `{CardFiles.Read(card).DefinitionId}` |", CardFiles.ActivitiesDoc);

    [Fact]
    public void Card_definition_ids_are_unique() =>
        Assert.Equal(CardFiles.Files.Count(), CardFiles.Files.Select(f => CardFiles.Read(Path.GetFileName(f)).DefinitionId).Distinct().Count());

    private IReadOnlyList<string> OutcomesOf(ActivityNode node)
    {
        var info = engine.Registry.Find(node.Type)!;
        if (!info.HasDynamicOutcomes)
            return info.Outcomes;
        var branches = ExpressionSpec.FromInput(node.Property("branches"))?.Text;
        return branches is null ? [] : JsonNode.Parse(branches)!.AsArray().Select(b => b!.GetValue<string>()).ToList();
    }

    private static IEnumerable<string> DocumentedUnitCodes() =>
        UnitRow().Matches(CardFiles.ActivitiesDoc).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"^\| `([A-Z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex UnitRow();

    public void Dispose() => engine.Dispose();
}
