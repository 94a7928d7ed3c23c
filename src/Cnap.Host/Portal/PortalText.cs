namespace Cnap.Host.Portal;

/// <summary>Marker for the PortalText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class PortalText;
