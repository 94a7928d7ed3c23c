namespace Cnap.Domain.Calendar;

/// <summary>Every calendar and deadline parameter, national and per organisation, as loaded from storage.</summary>
public sealed record CalendarRules
{
    public IReadOnlyList<CalendarYear> Years { get; init; } = [];

    public IReadOnlyList<WorkWeek> WorkWeeks { get; init; } = [];

    public IReadOnlyList<HolidayRule> Holidays { get; init; } = [];

    public IReadOnlyList<WeekendTransferRule> WeekendTransfers { get; init; } = [];

    public IReadOnlyList<CalendarRegime> Regimes { get; init; } = [];

    public IReadOnlyList<DayOverride> DayOverrides { get; init; } = [];

    public IReadOnlyList<OrganisationCalendar> Organisations { get; init; } = [];

    public IReadOnlyList<TermCountingRule> TermCounting { get; init; } = [];

    public IReadOnlyList<SilentConsentRule> SilentConsent { get; init; } = [];
}
