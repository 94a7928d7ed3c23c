using System.Globalization;
using Cnap.Domain.Organisations;

namespace Cnap.Host.Cases.Tracking;

/// <summary>Dates as people in Ukraine read them: Kyiv time, the day in words, in the page's language.</summary>
public static class TrackingDates
{
    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Day(DateTimeOffset instant) => Day(UkraineTime.LocalDate(instant));

    public static string When(DateTimeOffset instant) =>
        UkraineTime.ToLocal(instant).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);
}
