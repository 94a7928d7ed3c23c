namespace Cnap.Domain.Calendar;

/// <summary>
/// An explicit day that departs from the rules: a working day transferred by a Cabinet order, or an
/// organisation's extra day off. The last word on a date: organisation rows beat national ones.
/// </summary>
public sealed class DayOverride
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>Null for the national base.</summary>
    public string? OrganisationId { get; init; }

    public required DateOnly Date { get; init; }

    public required DayOverrideKind Kind { get; init; }

    public required string ReasonUk { get; init; }

    public required string ReasonEn { get; init; }

    public string LegalReference { get; init; } = "";
}

public enum DayOverrideKind
{
    WorkingDay,
    DayOff,
}
