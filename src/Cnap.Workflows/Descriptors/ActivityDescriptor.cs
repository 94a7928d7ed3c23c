using System.Text.Json.Nodes;

namespace Cnap.Workflows.Descriptors;

/// <summary>Describes an activity type the way Elsa's ActivityDescriptor does; the designer is built from these.</summary>
public sealed record ActivityDescriptor(
    string TypeName,
    string Namespace,
    string Name,
    int Version,
    string Category,
    string DisplayName,
    string? Description,
    string Kind,
    IReadOnlyList<PortDescriptor> Ports,
    IReadOnlyList<InputDescriptor> Inputs,
    IReadOnlyList<OutputDescriptor> Outputs,
    IReadOnlyDictionary<string, object?> CustomProperties,
    bool IsContainer,
    bool IsBrowsable,
    bool IsStart,
    bool IsTerminal);

/// <summary>A flow port (outcome).</summary>
public sealed record PortDescriptor(string Name, string DisplayName, string Type = "Flow", bool IsBrowsable = true);

/// <summary>An input as the designer edits it; <see cref="UiSpecifications"/> is keyed by UI hint.</summary>
public sealed record InputDescriptor(
    string Name,
    string TypeName,
    string DisplayName,
    string? Description,
    float Order,
    string? Category,
    string UiHint,
    object? DefaultValue,
    string DefaultSyntax,
    bool IsReadOnly,
    bool IsBrowsable,
    bool IsWrapped,
    JsonObject? UiSpecifications,
    bool IsRequired);

/// <summary>An output.</summary>
public sealed record OutputDescriptor(string Name, string TypeName, string DisplayName, string? Description, bool IsBrowsable);
