namespace Cnap.Domain.Calendar;

/// <summary>
/// An organisation (centre, provider) that keeps its own work week or days off on top of the national base.
/// The id is the organisation's key; the calendar does not depend on the organisation model.
/// </summary>
public sealed class OrganisationCalendar
{
    public const int MaxIdLength = 64;

    public required string OrganisationId { get; init; }

    public required string NameUk { get; init; }

    public required string NameEn { get; init; }
}
