namespace Cnap.Workflows.Activities;

/// <summary>Marks a property as an activity output; after execution its value is written to the variable the definition binds.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OutputAttribute : Attribute
{
    /// <summary>Label in the designer.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Help text.</summary>
    public string? Description { get; init; }

    /// <summary>Shown in the designer.</summary>
    public bool IsBrowsable { get; init; } = true;
}
