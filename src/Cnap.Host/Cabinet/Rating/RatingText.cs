namespace Cnap.Host.Cabinet.Rating;

/// <summary>Marker for the RatingText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class RatingText;
