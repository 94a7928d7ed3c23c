namespace Cnap.Host.Calendar;

/// <summary>Marker for the CalendarText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class CalendarText;
