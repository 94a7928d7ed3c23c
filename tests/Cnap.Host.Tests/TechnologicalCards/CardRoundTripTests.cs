using System.Text.Json.Nodes;
using Cnap.Host.TechnologicalCards.Designer;
using Cnap.Host.TechnologicalCards.Designer.Problems;
using Cnap.Host.TechnologicalCards.Library;
using Cnap.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Cnap.Host.Tests.TechnologicalCards;

/// <summary>What the designer does to a card's JSON: an edited label is the only change an export shows.</summary>
public sealed class CardRoundTripTests : HostOnSqlite
{
    // Fields the definition store owns and stamps on every export.
    private static readonly HashSet<string> Stamped = ["$.id", "$.version", "$.isLatest", "$.isPublished", "$.createdAt"];

    public static TheoryData<string> Cards()
    {
        var data = new TheoryData<string>();
        var root = RepositoryRoot();
        foreach (var file in Directory.GetFiles(Path.Combine(root, "workflows"), "*.json").Order())
            data.Add(Path.GetRelativePath(root, file));
        foreach (var file in Directory.GetFiles(Path.Combine(root, "tests", "Cnap.Workflows.Tests", "Fixtures"), "*.json", SearchOption.AllDirectories).Order())
            data.Add(Path.GetRelativePath(root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public async Task Import_then_an_edited_label_then_export_differs_from_the_file_only_in_that_label(string file)
    {
        var original = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), file)))!.AsObject();
        var methodologist = StudioActor.Methodologist("Олена Методист", "m1");
        var sender = Host.Sender();
        var imported = await sender.CommandAsync(new ImportCard(original.ToJsonString(), methodologist));
        var opened = (await sender.QueryAsync(new OpenCard(imported.DefinitionId)))!;
        var card = new CardDocument(opened.Json);
        var descriptors = (await sender.QueryAsync(new DescribeActivities())).ToDictionary(d => d.TypeName);

        var shown = CanvasProjection.Project(card.Definition, descriptors);
        Assert.Equal(card.Definition.Root.Activities.Select(a => a.Id).Distinct().Count(), shown.Nodes.Count);
        Assert.Equal(shown.Nodes.Count, shown.Nodes.Select(n => (n.X, n.Y)).Distinct().Count());
        var edited = card.Definition.Root.Activities[^1].Id;
        Assert.True(card.SetLabel(edited, "Змінений підпис"));
        await sender.CommandAsync(new SaveCard(opened.Summary.DefinitionId, card.Json, opened.Stamp, methodologist));

        var exported = JsonNode.Parse((await sender.QueryAsync(new ExportCard(opened.Summary.DefinitionId)))!.Json)!;
        // The engine stores legacy flat connections in Elsa 3's nested form; that normalisation is the only other change it makes.
        var expected = DefinitionReader.Read(original).Document;
        var differences = JsonDifference.Paths(expected, exported).Where(p => !Stamped.Contains(p)).ToList();
        var index = card.Definition.Root.Activities.Count - 1;
        Assert.Equal([$"$.root.activities[{index}].metadata" + (original["root"]!["activities"]![index]!["metadata"] is null ? "" : ".displayText")], differences);
        Assert.Equal("Змінений підпис", exported["root"]!["activities"]![index]!["metadata"]!["displayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_shipped_card_opens_in_the_designer_without_errors()
    {
        _ = Host.Server;
        var sender = Host.Sender();
        var descriptors = (await sender.QueryAsync(new DescribeActivities())).ToDictionary(d => d.TypeName);
        var checker = Host.Services.GetRequiredService<CardProblems>();
        foreach (var listed in await sender.QueryAsync(new ListCards()))
        {
            var opened = (await sender.QueryAsync(new OpenCard(listed.DefinitionId)))!;
            var errors = checker.Check(new CardDocument(opened.Json).Definition, descriptors).Where(p => p.Severity == ProblemSeverity.Error).ToList();
            Assert.True(errors.Count == 0, listed.DefinitionId + ": " + string.Join("; ", errors.Select(e => e.Message)));
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Cnap.sln")))
            directory = directory.Parent;
        return directory.FullName;
    }
}
