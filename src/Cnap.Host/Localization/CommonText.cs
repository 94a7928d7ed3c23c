namespace Cnap.Host.Localization;

/// <summary>Marker for the CommonText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class CommonText;
