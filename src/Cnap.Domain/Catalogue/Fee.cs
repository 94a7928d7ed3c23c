namespace Cnap.Domain.Catalogue;

/// <summary>
/// What the applicant pays, in hryvnias. Laws state most fees as a share of the subsistence minimum for able-bodied
/// persons (0.1, 1, 2, 5...); the multiplier keeps that basis so the amount can be recomputed when the minimum changes.
/// </summary>
public sealed record Fee
{
    public Fee(decimal amount, decimal? subsistenceMinimumMultiplier = null)
    {
        if (amount < 0 || subsistenceMinimumMultiplier <= 0)
            throw new DomainException("A fee cannot be negative and its multiplier must be positive.");
        if (amount == 0 && subsistenceMinimumMultiplier is not null)
            throw new DomainException("A free service has no fee multiplier.");
        Amount = decimal.Round(amount, 2);
        SubsistenceMinimumMultiplier = subsistenceMinimumMultiplier;
    }

    public static Fee Free { get; } = new(0);

    public decimal Amount { get; private init; }

    public decimal? SubsistenceMinimumMultiplier { get; private init; }

    public bool IsFree => Amount == 0;

    /// <summary>Fees are rounded to whole 10 hryvnias when the law says so (real-estate registration); others keep kopecks.</summary>
    public static Fee OfSubsistenceMinimum(decimal multiplier, decimal subsistenceMinimum, bool roundToTens = false)
    {
        var amount = multiplier * subsistenceMinimum;
        return new Fee(roundToTens ? decimal.Round(amount / 10, MidpointRounding.AwayFromZero) * 10 : decimal.Round(amount, 2), multiplier);
    }
}
