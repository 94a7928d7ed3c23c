namespace Cnap.Domain.Calendar;

/// <summary>
/// A public holiday (Labour Code Art. 73) as a rule: a fixed date, or a day counted from Orthodox Easter.
/// A change in law is a new row with a new <see cref="EffectiveFrom"/>, never an edit of the old one.
/// </summary>
public sealed class HolidayRule : IEffectiveDated
{
    public required string Code { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public required string NameUk { get; init; }

    public required string NameEn { get; init; }

    public required HolidayDateRule DateRule { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>Days after Orthodox Easter Sunday: 0 for Easter, 49 for Trinity.</summary>
    public int? EasterOffsetDays { get; init; }

    public string LegalReference { get; init; } = "";

    /// <summary>The holiday's date in the year, or null when the rule is not in force on that date.</summary>
    public DateOnly? DateIn(int year)
    {
        var date = DateRule switch
        {
            HolidayDateRule.FixedDate => new DateOnly(year, Month ?? throw Incomplete(nameof(Month)), Day ?? throw Incomplete(nameof(Day))),
            HolidayDateRule.OrthodoxEaster => OrthodoxEaster.Sunday(year).AddDays(EasterOffsetDays ?? throw Incomplete(nameof(EasterOffsetDays))),
            _ => throw new InvalidOperationException($"Holiday rule '{Code}' has an unknown date rule {DateRule}."),
        };
        return this.IsInForceOn(date) ? date : null;
    }

    private InvalidOperationException Incomplete(string field) =>
        new($"Holiday rule '{Code}' ({DateRule}, from {EffectiveFrom:yyyy-MM-dd}) has no {field}.");
}

public enum HolidayDateRule
{
    FixedDate,
    OrthodoxEaster,
}
