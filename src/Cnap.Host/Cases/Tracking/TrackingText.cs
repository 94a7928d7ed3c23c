namespace Cnap.Host.Cases.Tracking;

/// <summary>Marker for the TrackingText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class TrackingText;
