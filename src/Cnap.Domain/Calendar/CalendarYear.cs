namespace Cnap.Domain.Calendar;

/// <summary>
/// A year whose data has been entered and checked. Deadlines are computed only inside such years: a rule that
/// could be extrapolated (holidays repeat) is still not trusted for a year nobody has reviewed.
/// </summary>
public sealed class CalendarYear
{
    public required int Year { get; init; }

    public string Note { get; init; } = "";
}
