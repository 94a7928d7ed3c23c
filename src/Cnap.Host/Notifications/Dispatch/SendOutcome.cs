namespace Cnap.Host.Notifications.Dispatch;

/// <summary>What a gateway said about one message: taken (with its id), or refused for now, or refused for good.</summary>
public abstract record SendOutcome
{
    public sealed record Accepted(string? GatewayMessageId) : SendOutcome;

    public sealed record TemporaryFailure(string Error) : SendOutcome;

    public sealed record PermanentFailure(string Error) : SendOutcome;
}
