namespace Cnap.Host.Notifications.Dispatch;

/// <summary>
/// What one dispatch round did; <see cref="Claimed"/> (sends) equal to the batch size means more may be waiting.
/// <see cref="StatusQueries"/>: sent SMS whose overdue receipt was asked of the gateway.
/// </summary>
public sealed record DispatchReport(int Claimed, int Accepted, int TemporaryFailures, int PermanentFailures, int StatusQueries = 0)
{
    public static DispatchReport Empty { get; } = new(0, 0, 0, 0);
}
