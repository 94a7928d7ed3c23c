using System.Globalization;
using System.Resources;
using System.Text.Json;
using Cnap.Domain.Calendar;

namespace Cnap.Host.Calendar;

/// <summary>Turns a year view into the API's bilingual shape.</summary>
internal static class CalendarYearMapping
{
    private static readonly ResourceManager Text = new(typeof(CalendarText));
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("uk");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    public static CalendarYearResponse ToResponse(this CalendarYearView view) => new(
        view.Year,
        view.OrganisationId,
        view.Organisation is { } own
            ? new CalendarScopeResponse("organisation", own.NameUk, own.NameEn)
            : new CalendarScopeResponse("national", Label("NationalCalendar", Uk), Label("NationalCalendar", En)),
        view.Regimes.Select(r => new CalendarRegimeResponse(r.Code, r.NameUk, r.NameEn, r.NoteUk, r.NoteEn,
            r.EffectiveFrom, r.EffectiveTo, r.HolidaysAreWorkingDays, r.SuspendsWeekendTransfer, r.LegalReference)).ToList(),
        view.WorkingDays,
        view.DaysOff,
        view.NotableDays.Select(d => new CalendarDayResponse(d.Date, d.IsWorkingDay, d.Reasons.Select(ToResponse).ToList())).ToList());

    private static DayReasonResponse ToResponse(DayReason reason)
    {
        var kind = JsonNamingPolicy.CamelCase.ConvertName(reason.Kind.ToString());
        return reason.Kind switch
        {
            DayReasonKind.RestDay => new(kind, Label("RestDay", Uk), Label("RestDay", En)),
            DayReasonKind.Holiday => new(kind, reason.Holiday!.NameUk, reason.Holiday.NameEn, reason.Holiday.Code,
                LegalReference: reason.Holiday.LegalReference),
            DayReasonKind.HolidayWorkedUnderRegime => new(kind, reason.Holiday!.NameUk, reason.Holiday.NameEn, reason.Holiday.Code,
                Regime: reason.Regime!.Code, NoteUk: reason.Regime.NoteUk, NoteEn: reason.Regime.NoteEn, LegalReference: reason.Regime.LegalReference),
            DayReasonKind.MovedDayOff => new(kind,
                string.Format(Uk, Label("MovedDayOff", Uk), reason.Holiday!.NameUk, reason.MovedFrom),
                string.Format(En, Label("MovedDayOff", En), reason.Holiday.NameEn, reason.MovedFrom),
                reason.Holiday.Code, reason.MovedFrom),
            _ => new(kind, reason.Override!.ReasonUk, reason.Override.ReasonEn, LegalReference: reason.Override.LegalReference),
        };
    }

    private static string Label(string key, CultureInfo culture) =>
        Text.GetString(key, culture) ?? throw new InvalidOperationException($"CalendarText has no '{key}'.");
}
