using System.ComponentModel.DataAnnotations;
using Cnap.Domain.Notifications;
using Cnap.Host.Notifications.Email;
using Cnap.Host.Notifications.Sms;

namespace Cnap.Host.Notifications;

/// <summary>The <c>Notifications</c> section; docs/notifications.md lists every key.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public SmsOptions Sms { get; set; } = new();

    public EmailOptions Email { get; set; } = new();

    public QuietHoursOptions QuietHours { get; set; } = new();

    public DispatcherOptions Dispatcher { get; set; } = new();
}

public sealed class QuietHoursOptions
{
    public TimeOnly Start { get; set; } = new(21, 0);

    public TimeOnly End { get; set; } = new(8, 0);

    public string TimeZone { get; set; } = "Europe/Kyiv";
}

public sealed class DispatcherOptions
{
    /// <summary>Off: no background loop (another node or a Quartz job dispatches).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>Longer than the slowest send (gateway and SMTP timeouts), or a slow send would be taken for a crash.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Waits after each temporary failure; empty means <see cref="RetrySchedule.Default"/>.</summary>
    public List<TimeSpan> RetryDelays { get; set; } = [];

    [Range(0, 5)]
    public int MaxInterruptions { get; set; } = 1;
}
