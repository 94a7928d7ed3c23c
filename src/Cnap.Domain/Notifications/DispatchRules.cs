namespace Cnap.Domain.Notifications;

/// <summary>
/// What a dispatcher obeys when it picks an entry up. <paramref name="MaxInterruptions"/>: how many times an entry whose
/// sender vanished mid-send (lease expired) is sent again; the gateway may already have it, so once is the default.
/// </summary>
public sealed record DispatchRules(QuietHours SmsQuietHours, RetrySchedule Retries, TimeSpan Lease, int MaxInterruptions = 1);
