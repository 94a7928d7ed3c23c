namespace Cnap.Host.Components;

/// <summary>Marker for the texts of the shared UI components (SLA tag, connection banner, shortcuts).</summary>
public sealed class ComponentText;
