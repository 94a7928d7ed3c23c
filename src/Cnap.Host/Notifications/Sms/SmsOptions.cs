using System.ComponentModel.DataAnnotations;
using Cnap.Domain.Notifications;

namespace Cnap.Host.Notifications.Sms;

public enum SmsGatewayKind
{
    /// <summary>Nothing leaves the machine: messages are logged and shown in the Desk's outbox.</summary>
    Log,
    Http,
}

public sealed class SmsOptions
{
    public SmsGatewayKind Gateway { get; set; } = SmsGatewayKind.Log;

    public string? BaseUrl { get; set; }

    public string? Token { get; set; }

    /// <summary>The alpha name registered with the operators ("CNAP-KYIV").</summary>
    public string? Sender { get; set; }

    /// <summary>What the gateway must send back with each delivery receipt.</summary>
    public string? CallbackSecret { get; set; }

    [Range(1, 10)]
    public int MaxParts { get; set; } = SmsLimit.DefaultMaxParts;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long after acceptance a receipt may take before the gateway is asked for the status.</summary>
    public TimeSpan ReceiptWait { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Between status queries while the gateway still reports the message under way.</summary>
    public TimeSpan StatusQueryInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this long since acceptance no more queries: operators keep a message at most a few days.</summary>
    public TimeSpan StatusQueryUntil { get; set; } = TimeSpan.FromHours(72);
}
