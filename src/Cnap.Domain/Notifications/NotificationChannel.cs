namespace Cnap.Domain.Notifications;

public enum NotificationChannel
{
    Sms,
    Email,
}
