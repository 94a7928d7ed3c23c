using System.Text.Json.Nodes;
using Cnap.Workflows.Definitions;

namespace Cnap.Host.TechnologicalCards.Designer;

/// <summary>
/// The card being edited: the Elsa JSON exactly as loaded, changed only where the methodologist edits, so an
/// export differs from the import only there. Every edit is one undo step (a snapshot of the text before it).
/// </summary>
public sealed class CardDocument
{
    private const int HistoryLimit = 200;
    private readonly LinkedList<string> undo = new();
    private readonly Stack<string> redo = new();
    private JsonObject document;

    public CardDocument(JsonObject document)
    {
        this.document = document;
        Definition = DefinitionReader.Read(document);
    }

    /// <summary>The parsed card, refreshed after every edit (graph, activities, connections).</summary>
    public WorkflowDefinition Definition { get; private set; }

    public JsonObject Json => document;

    /// <summary>Counts edits; the page autosaves and re-checks when it moves.</summary>
    public int Revision { get; private set; }

    public bool CanUndo => undo.Count > 0;

    public bool CanRedo => redo.Count > 0;

    public JsonArray Activities => (JsonArray)Root["activities"]!;

    public JsonArray Connections => (JsonArray)Root["connections"]!;

    private JsonObject Root => (JsonObject)document["root"]!;

    public string Text => document.ToJsonString();

    public JsonObject? Activity(string id) =>
        Activities.OfType<JsonObject>().FirstOrDefault(a => a["id"]?.GetValue<string>() == id);

    /// <summary>Applies <paramref name="change"/> as one undoable edit; nothing is recorded when it returns false.</summary>
    public bool Edit(Func<CardDocument, bool> change)
    {
        var before = Text;
        if (!change(this))
        {
            Restore(before);
            return false;
        }
        undo.AddLast(before);
        if (undo.Count > HistoryLimit)
            undo.RemoveFirst();
        redo.Clear();
        Refresh();
        return true;
    }

    public bool Undo()
    {
        if (undo.Last is not { } last)
            return false;
        redo.Push(Text);
        undo.RemoveLast();
        Restore(last.Value);
        return true;
    }

    public bool Redo()
    {
        if (!redo.TryPop(out var next))
            return false;
        undo.AddLast(Text);
        Restore(next);
        return true;
    }

    /// <summary>Replaces the whole card (after a save elsewhere was merged); the step is undoable.</summary>
    public void Replace(JsonObject replacement) => Edit(card =>
    {
        card.document = replacement;
        return true;
    });

    private void Restore(string text)
    {
        document = (JsonObject)JsonNode.Parse(text)!;
        Refresh();
    }

    private void Refresh()
    {
        Definition = DefinitionReader.Read(document);
        Revision++;
    }
}
