namespace Cnap.Workflows.Activities;

/// <summary>Declares a class as a workflow activity with a stable type name (e.g. <c>Elsa.WriteLine</c>) and version.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string typeName) : Attribute
{
    /// <summary>Full type name: namespace, a dot, and the name (<c>Cnap.SendToProvider</c>).</summary>
    public string TypeName { get; } = typeName;

    /// <summary>Version of the activity type.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Toolbox category.</summary>
    public string Category { get; init; } = "Miscellaneous";

    /// <summary>Name shown in the designer; defaults to the type's name split into words.</summary>
    public string? DisplayName { get; init; }

    /// <summary>What the activity does.</summary>
    public string? Description { get; init; }

    /// <summary>Elsa's activity kind.</summary>
    public ActivityKind Kind { get; init; } = ActivityKind.Action;

    /// <summary>Ends the flowchart; has no outbound port.</summary>
    public bool IsTerminal { get; init; }

    /// <summary>Marks the start of a flowchart.</summary>
    public bool IsStart { get; init; }

    /// <summary>
    /// A class whose same-named resource files (<c>X.resx</c>, <c>X.en.resx</c>, …) hold the designer's words for the
    /// activity in every language, by key: <c>{Name}</c>, <c>{Name}_Description</c>, <c>{Name}_{Property}</c>,
    /// <c>{Name}_{Property}_Description</c> (inputs and outputs) and <c>Category_{Category}</c>, where Name is the last
    /// part of <see cref="TypeName"/>. A word the resources lack falls back to this attribute's, then to the name split
    /// into words.
    /// </summary>
    public Type? Texts { get; init; }

    /// <summary>Shown in the toolbox.</summary>
    public bool IsBrowsable { get; init; } = true;
}

/// <summary>Elsa's activity kinds.</summary>
public enum ActivityKind
{
    /// <summary>Does something and completes.</summary>
    Action,

    /// <summary>Can start a workflow.</summary>
    Trigger,

    /// <summary>Runs in the background.</summary>
    Job,

    /// <summary>Waits for an external party.</summary>
    Task,
}
