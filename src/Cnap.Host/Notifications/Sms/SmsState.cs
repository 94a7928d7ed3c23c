namespace Cnap.Host.Notifications.Sms;

/// <summary>The gateway's status words, shared by receipts and status queries.</summary>
public static class SmsState
{
    /// <summary>True delivered, false undeliverable for good, null an intermediate or unknown state that settles nothing.</summary>
    public static bool? Delivered(string? status) => status?.ToLowerInvariant() switch
    {
        "delivered" => true,
        "undelivered" or "expired" or "rejected" or "failed" => false,
        _ => null,
    };
}

/// <summary>What a status query learnt: <see cref="Delivered"/> as <see cref="SmsState.Delivered"/>, and words for the history.</summary>
public sealed record SmsStatusAnswer(bool? Delivered, string Detail);
