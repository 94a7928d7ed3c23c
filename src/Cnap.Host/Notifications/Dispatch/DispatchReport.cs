namespace Cnap.Host.Notifications.Dispatch;

/// <summary>What one dispatch round did; <see cref="Claimed"/> equal to the batch size means more may be waiting.</summary>
public sealed record DispatchReport(int Claimed, int Accepted, int TemporaryFailures, int PermanentFailures)
{
    public static DispatchReport Empty { get; } = new(0, 0, 0, 0);
}
