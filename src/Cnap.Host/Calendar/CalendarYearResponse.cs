namespace Cnap.Host.Calendar;

/// <summary>A year of a working calendar: every day off and every departure from an ordinary working day, with reasons in both languages.</summary>
public sealed record CalendarYearResponse(
    int Year,
    string? Organisation,
    CalendarScopeResponse Calendar,
    IReadOnlyList<CalendarRegimeResponse> Regimes,
    int WorkingDays,
    int DaysOff,
    IReadOnlyList<CalendarDayResponse> Days);

/// <param name="Kind"><c>national</c>, or <c>organisation</c> when the organisation keeps its own calendar.</param>
public sealed record CalendarScopeResponse(string Kind, string NameUk, string NameEn);

public sealed record CalendarRegimeResponse(
    string Code,
    string NameUk,
    string NameEn,
    string NoteUk,
    string NoteEn,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveTo,
    bool HolidaysAreWorkingDays,
    bool SuspendsWeekendTransfer,
    string LegalReference);

public sealed record CalendarDayResponse(DateOnly Date, bool IsWorkingDay, IReadOnlyList<DayReasonResponse> Reasons);

/// <param name="Kind">restDay, holiday, holidayWorkedUnderRegime, movedDayOff, overrideDayOff or overrideWorkingDay.</param>
/// <param name="Code">The holiday's code, or the regime's for a holiday worked under it.</param>
public sealed record DayReasonResponse(
    string Kind,
    string NameUk,
    string NameEn,
    string? Code = null,
    DateOnly? MovedFrom = null,
    string? Regime = null,
    string? NoteUk = null,
    string? NoteEn = null,
    string? LegalReference = null);
