using System.Text.Json.Nodes;

namespace Cnap.Workflows.Definitions;

/// <summary>
/// One version of a workflow definition in Elsa 3 format. <see cref="Document"/> is the normalised JSON (what export
/// writes: unknown fields kept, connections in the nested form); the other members are parsed from it.
/// </summary>
public sealed class WorkflowDefinition
{
    internal WorkflowDefinition(JsonObject document, Flowchart root, IReadOnlyList<VariableDefinition> variables)
    {
        Document = document;
        Root = root;
        Variables = variables;
        VariablesByName = variables.GroupBy(v => v.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        VariablesById = variables.GroupBy(v => v.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    /// <summary>The normalised Elsa JSON; treat as read-only (export clones it).</summary>
    public JsonObject Document { get; }

    /// <summary>Version id (opaque string, unique per version).</summary>
    public string Id => Document.GetString("id") ?? "";

    /// <summary>Id shared by all versions of the definition.</summary>
    public string DefinitionId => Document.GetString("definitionId") ?? "";

    /// <summary>Human name.</summary>
    public string? Name => Document.GetString("name");

    /// <summary>Description.</summary>
    public string? Description => Document.GetString("description");

    /// <summary>1-based version number.</summary>
    public int Version => Document.GetInt("version") ?? 1;

    /// <summary>Whether the document says it is published (the store's own flag wins).</summary>
    public bool IsPublished => Document.GetBool("isPublished") ?? false;

    /// <summary>The root flowchart.</summary>
    public Flowchart Root { get; }

    /// <summary>Workflow and root-flowchart variables.</summary>
    public IReadOnlyList<VariableDefinition> Variables { get; }

    /// <summary>Variables by name.</summary>
    public IReadOnlyDictionary<string, VariableDefinition> VariablesByName { get; }

    /// <summary>Variables by id.</summary>
    public IReadOnlyDictionary<string, VariableDefinition> VariablesById { get; }

    /// <summary>Definition-level option (<c>options.{name}</c>), e.g. <c>incidentStrategy</c>.</summary>
    public string? Option(string name) => (Document.Get("options") as JsonObject)?.GetString(name);
}
