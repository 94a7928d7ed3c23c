namespace Cnap.Host.Notifications;

/// <summary>Marker for the NotificationsText resource files (Ukrainian neutral, English satellite).</summary>
public sealed class NotificationsText;
