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
}
