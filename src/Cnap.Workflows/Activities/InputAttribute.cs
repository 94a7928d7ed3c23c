namespace Cnap.Workflows.Activities;

/// <summary>
/// Marks a settable property as an activity input. The engine evaluates the input's expression from the definition
/// and assigns the property before <see cref="Activity.ExecuteAsync"/> and <see cref="Activity.ResumeAsync"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Label in the designer; defaults to the property name split into words.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Help text.</summary>
    public string? Description { get; init; }

    /// <summary>Editor kind; see <see cref="UiHints"/>. Defaults by type (checkbox for bool, dropdown for enums, else single line).</summary>
    public string? UIHint { get; init; }

    /// <summary>Property group in the designer.</summary>
    public string? Category { get; init; }

    /// <summary>Display order.</summary>
    public float Order { get; init; }

    /// <summary>Default value shown in the designer.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>Default expression syntax (<c>Literal</c>, <c>JavaScript</c>, <c>Liquid</c>).</summary>
    public string DefaultSyntax { get; init; } = "Literal";

    /// <summary>Publishing is refused while a required input has no value.</summary>
    public bool Required { get; init; }

    /// <summary>False for structural settings stored as plain JSON (no expression), like <c>FlowSwitch.cases</c>.</summary>
    public bool IsWrapped { get; init; } = true;

    /// <summary>Static dropdown options.</summary>
    public string[]? Options { get; init; }

    /// <summary>A <see cref="ISelectListProvider"/> type resolved from DI that supplies dropdown options at request time.</summary>
    public Type? OptionsProvider { get; init; }

    /// <summary>Shown in the designer.</summary>
    public bool IsBrowsable { get; init; } = true;

    /// <summary>Read-only in the designer.</summary>
    public bool IsReadOnly { get; init; }
}
