namespace Cnap.Workflows.Definitions;

/// <summary>
/// How large a definition may be. Every list and every instance start reads definitions, so one oversized draft (a 10 MB
/// description, a hundred thousand activities) would slow every caller; a save over a limit is refused naming the field.
/// </summary>
public sealed class DefinitionLimits
{
    /// <summary>The whole JSON document, in characters.</summary>
    public int MaxJsonLength { get; set; } = 2_000_000;

    /// <summary>Activities in the root flowchart.</summary>
    public int MaxActivities { get; set; } = 2_000;

    /// <summary>The definition's description.</summary>
    public int MaxDescriptionLength { get; set; } = 4_000;

    /// <summary>The definition's id and name.</summary>
    public int MaxNameLength { get; set; } = 200;

    /// <summary>Throws <see cref="DefinitionFormatException"/> for the first limit <paramref name="definition"/> exceeds.</summary>
    public void Check(WorkflowDefinition definition, int jsonLength)
    {
        if (jsonLength > MaxJsonLength)
            throw new DefinitionFormatException("$", $"the definition is {jsonLength} characters long; at most {MaxJsonLength}");
        Text("$.definitionId", definition.Document.GetString("definitionId"), MaxNameLength, identifier: true);
        Text("$.name", definition.Name, MaxNameLength, identifier: false);
        Text("$.description", definition.Description, MaxDescriptionLength, identifier: false);
        if (definition.Root.Activities.Count > MaxActivities)
            throw new DefinitionFormatException("$.root.activities", $"{definition.Root.Activities.Count} activities; at most {MaxActivities}");
    }

    private static void Text(string path, string? value, int max, bool identifier)
    {
        if (value is null)
            return;
        if (value.Length > max)
            throw new DefinitionFormatException(path, $"longer than {max} characters");
        // Control characters (NUL among them, which PostgreSQL cannot store) have no place in an id, a name or a description's line.
        if (value.Any(c => char.IsControl(c) && !(c is '\n' or '\r' or '\t' && !identifier)))
            throw new DefinitionFormatException(path, "contains control characters");
    }
}
