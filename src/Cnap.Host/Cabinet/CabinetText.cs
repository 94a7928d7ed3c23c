namespace Cnap.Host.Cabinet;

/// <summary>Marker for the CabinetText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class CabinetText;
