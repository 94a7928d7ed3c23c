namespace Cnap.Host.Catalogue.Pages;

/// <summary>Marker for the ServicePagesText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class ServicePagesText;
