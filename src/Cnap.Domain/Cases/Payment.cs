namespace Cnap.Domain.Cases;

/// <summary>The fee fixed at registration (laws change; the case keeps what applied) and its payment.</summary>
public sealed class Payment
{
    private Payment() { }

    internal Payment(decimal feeDue) => FeeDue = feeDue;

    public decimal FeeDue { get; private set; }

    public decimal? PaidAmount { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>The receipt or bank transaction number.</summary>
    public string? Reference { get; private set; }

    public bool IsSettled => FeeDue == 0 || PaidAmount >= FeeDue;

    internal void Record(decimal amount, string reference, DateTimeOffset at)
    {
        if (FeeDue == 0)
            throw new DomainException("The service is free: there is no payment to record.");
        if (PaidAt is not null)
            throw new DomainException($"A payment ({Reference}) is already recorded.");
        if (amount < FeeDue)
            throw new DomainException($"The payment of {amount:0.00} UAH is less than the fee of {FeeDue:0.00} UAH.");
        if (string.IsNullOrWhiteSpace(reference))
            throw new DomainException("A payment needs the receipt or transaction number.");
        PaidAmount = amount;
        PaidAt = at;
        Reference = reference.Trim();
    }
}
