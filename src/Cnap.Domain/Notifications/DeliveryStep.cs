namespace Cnap.Domain.Notifications;

/// <summary>One line of an entry's history: each state it entered, with the attempt and what happened.</summary>
public sealed class DeliveryStep
{
    private DeliveryStep() { }

    internal DeliveryStep(int sequence, DateTimeOffset at, OutboxStatus status, int attempt, string detail)
    {
        Sequence = sequence;
        At = at;
        Status = status;
        Attempt = attempt;
        Detail = detail.Length > MaxDetail ? detail[..MaxDetail] : detail;
    }

    public const int MaxDetail = 1000;

    public int Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempt { get; private set; }

    public string Detail { get; private set; } = "";
}
