namespace Cnap.Host.Cases.Printing;

/// <summary>Marker for the printed forms' texts.</summary>
public sealed class PrintText;
