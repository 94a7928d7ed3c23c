namespace Cnap.Domain.Calendar;

/// <summary>
/// A special legal regime that changes how holidays count, e.g. martial law: public holidays are ordinary working
/// days and no day off is moved (Law 2136-IX Art. 6).
/// </summary>
public sealed class CalendarRegime : IEffectiveDated
{
    public required string Code { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    public required string NameUk { get; init; }

    public required string NameEn { get; init; }

    public string NoteUk { get; init; } = "";

    public string NoteEn { get; init; } = "";

    public bool HolidaysAreWorkingDays { get; init; }

    public bool SuspendsWeekendTransfer { get; init; }

    public string LegalReference { get; init; } = "";
}
