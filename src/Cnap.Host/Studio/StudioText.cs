namespace Cnap.Host.Studio;

/// <summary>Marker for the StudioText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class StudioText;
