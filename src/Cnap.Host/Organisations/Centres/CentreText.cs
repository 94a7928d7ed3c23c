namespace Cnap.Host.Organisations.Centres;

/// <summary>Marker for the CentreText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class CentreText;
