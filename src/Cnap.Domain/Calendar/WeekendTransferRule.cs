namespace Cnap.Domain.Calendar;

/// <summary>
/// Labour Code Art. 67: a holiday that falls on a weekly day off moves that day off to the next working day.
/// Present as rows so that the periods when it applies (and when a regime suspends it) are data.
/// </summary>
public sealed class WeekendTransferRule : IEffectiveDated
{
    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public string LegalReference { get; init; } = "";
}
