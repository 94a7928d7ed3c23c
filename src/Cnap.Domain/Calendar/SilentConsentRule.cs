namespace Cnap.Domain.Calendar;

/// <summary>Law 2806-IV: the right to act without a permit arises this many working days after the deadline.</summary>
public sealed class SilentConsentRule : IEffectiveDated
{
    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public required int WorkingDaysAfterDeadline { get; init; }

    public string LegalReference { get; init; } = "";
}
