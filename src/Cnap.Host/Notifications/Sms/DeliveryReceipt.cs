using System.Text.Json.Serialization;

namespace Cnap.Host.Notifications.Sms;

/// <summary>What the gateway posts to the callback when a message reaches its final state on the network.</summary>
public sealed record DeliveryReceipt(
    [property: JsonPropertyName("message_id")] string? MessageId,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("detail")] string? Detail)
{
    /// <summary>True delivered, false undeliverable for good, null an intermediate state that changes nothing.</summary>
    public bool? Delivered => SmsState.Delivered(Status);
}
