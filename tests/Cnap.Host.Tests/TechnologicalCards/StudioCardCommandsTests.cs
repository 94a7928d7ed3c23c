using System.Text.Json.Nodes;
using Cnap.Host.TechnologicalCards.Designer;
using Cnap.Host.TechnologicalCards.Library;
using Cnap.Testing;
using Cnap.Workflows.Definitions;

namespace Cnap.Host.Tests.TechnologicalCards;

/// <summary>The Studio's card commands against each database: create, save, list with author, stale saves, duplicate, import.</summary>
public sealed class StudioCardCommandsTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_new_card_is_saved_listed_with_its_author_and_a_save_over_a_newer_one_is_refused(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        var sender = host.Sender();
        var olena = StudioActor.Methodologist("Олена Методист", "m1");
        var petro = StudioActor.Methodologist("Петро Методист", "m2");

        var created = await sender.CommandAsync(new CreateCard("Перевірка вивіски", olena));
        var first = (await sender.QueryAsync(new OpenCard(created.DefinitionId)))!;
        var second = (await sender.QueryAsync(new OpenCard(created.DefinitionId)))!;

        var petroCard = new CardDocument(second.Json);
        petroCard.SetLabel("Start", "Початок (Петро)");
        var petroSaved = await sender.CommandAsync(new SaveCard(created.DefinitionId, petroCard.Json, second.Stamp, petro));

        var olenaCard = new CardDocument(first.Json);
        olenaCard.SetLabel("Start", "Початок (Олена)");
        var stale = await Assert.ThrowsAsync<CardConflictException>(() => sender.CommandAsync(new SaveCard(created.DefinitionId, olenaCard.Json, first.Stamp, olena)));
        Assert.Equal("Початок (Петро)", stale.Theirs.Json["root"]!["activities"]![0]!["metadata"]!["displayText"]!.GetValue<string>());
        var stored = (await sender.QueryAsync(new OpenCard(created.DefinitionId)))!;
        Assert.Equal(petroSaved.Stamp, stored.Stamp);

        var listed = Assert.Single(await sender.QueryAsync(new ListCards("вивіск")));
        Assert.Equal((CardStatus.Draft, 1, "Петро Методист"), (listed.Status, listed.Version, listed.LastChangedBy));
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.Postgres)]
    public async Task A_duplicate_is_a_new_draft_and_a_malformed_import_stores_nothing_and_names_the_path(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var host = new CnapHostFactory(database);
        var sender = host.Sender();
        var olena = StudioActor.Methodologist("Олена Методист", "m1");
        var before = await sender.QueryAsync(new ListCards());

        var copy = await sender.CommandAsync(new DuplicateCard("cnap-id-card", "ID-картка (копія)", olena));
        var broken = await Assert.ThrowsAsync<DefinitionFormatException>(() => sender.CommandAsync(
            new ImportCard("""{"definitionId": "broken", "root": {"type": "Elsa.Flowchart", "activities": [{"id": "a"}]}}""", olena)));

        Assert.NotNull(copy);
        var original = (await sender.QueryAsync(new OpenCard("cnap-id-card")))!;
        var duplicated = (await sender.QueryAsync(new OpenCard(copy.DefinitionId)))!;
        Assert.Equal(((JsonArray)original.Json["root"]!["activities"]!).Count, ((JsonArray)duplicated.Json["root"]!["activities"]!).Count);
        Assert.False(duplicated.Summary.IsPublished);
        Assert.Equal("$.root.activities[0].type", broken.JsonPath);
        var after = await sender.QueryAsync(new ListCards());
        Assert.Equal(before.Count + 1, after.Count);
        Assert.DoesNotContain(after, c => c.DefinitionId == "broken");
        Assert.Equal(CardStatus.Published, after.Single(c => c.DefinitionId == "cnap-id-card").Status);
    }
}
