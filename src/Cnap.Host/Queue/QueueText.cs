namespace Cnap.Host.Queue;

/// <summary>Marker for the QueueText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class QueueText;
