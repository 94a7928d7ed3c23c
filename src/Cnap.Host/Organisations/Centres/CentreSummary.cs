using Cnap.Domain.Organisations;

namespace Cnap.Host.Organisations.Centres;

/// <summary>A centre as a visitor needs it: where it is, how to call, when it is open, and whether it is open now.</summary>
public sealed record CentreSummary(
    string Code,
    string Name,
    string Address,
    IReadOnlyList<string> Phones,
    string? Email,
    string? Website,
    IReadOnlyList<OpeningHours> Hours,
    CentreToday Today)
{
    public static CentreSummary Of(ServiceCentre centre, CentreToday today) => new(
        centre.Code, centre.Name, centre.Address.ToString(), centre.Phones.Select(p => p.Value).ToList(), centre.Email?.Value,
        centre.Website, centre.OpeningHours, today);
}

/// <summary>
/// Today in Kyiv at one centre: its hours (none when closed all day, for the week's schedule or a public holiday) and
/// whether it is open at this minute.
/// </summary>
public sealed record CentreToday(DateOnly Date, TimeOnly Time, OpeningHours? Hours, bool IsHoliday, bool IsOpenNow)
{
    public DayOfWeek Day => Date.DayOfWeek;
}
