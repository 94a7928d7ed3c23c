namespace Cnap.Domain.Calendar;

/// <summary>
/// The calendar has no reviewed data for what was asked. A deadline is refused rather than guessed: a wrong
/// legal deadline is worse than none.
/// </summary>
public sealed class CalendarDataMissingException(int year, string? organisationId, string detail)
    : Exception($"The working calendar has no data for {year} ({Describe(organisationId)}): {detail}")
{
    public int Year { get; } = year;

    public string? OrganisationId { get; } = organisationId;

    public static string Describe(string? organisationId) =>
        organisationId is null ? "national calendar" : $"organisation '{organisationId}'";
}
