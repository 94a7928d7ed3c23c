namespace Cnap.Host.Desk;

/// <summary>Marker for the DeskText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class DeskText;
