namespace Cnap.Domain.Cases;

/// <summary>The handing over of the result against signature (or its dispatch by post or electronically).</summary>
public sealed record Issuance
{
    public Issuance(DateTimeOffset issuedAt, ResultDelivery method, string receivedBy, Actor issuedBy)
    {
        if (string.IsNullOrWhiteSpace(receivedBy))
            throw new DomainException("Issuance records who received the result (or the addressee of the dispatch).");
        IssuedAt = issuedAt;
        Method = method;
        ReceivedBy = receivedBy.Trim();
        IssuedBy = issuedBy;
    }

    private Issuance() { }

    public DateTimeOffset IssuedAt { get; private init; }

    public ResultDelivery Method { get; private init; }

    public string ReceivedBy { get; private init; } = "";

    public Actor IssuedBy { get; private init; } = null!;
}
