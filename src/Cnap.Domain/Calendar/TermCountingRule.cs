namespace Cnap.Domain.Calendar;

/// <summary>
/// Law 2073-IX Art. 42: a term given in plain days counts in working days when shorter than the threshold,
/// in calendar days otherwise.
/// </summary>
public sealed class TermCountingRule : IEffectiveDated
{
    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public required int WorkingDaysBelow { get; init; }

    public string LegalReference { get; init; } = "";
}
