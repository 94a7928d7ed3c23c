namespace Cnap.Host.Portal.Services;

/// <summary>Marker for the ServicePagesText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class ServicePagesText;
