namespace Cnap.Host.RateLimiting;

/// <summary>Marker for the RateLimitText resource files.</summary>
public sealed class RateLimitText;
