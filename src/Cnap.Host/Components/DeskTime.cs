using System.Globalization;
using Cnap.Domain.Organisations;

namespace Cnap.Host.Components;

/// <summary>Staff read every instant in Kyiv time, whatever the server's zone.</summary>
public static class DeskTime
{
    public static string Format(DateTimeOffset instant) => UkraineTime.ToLocal(instant).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset instant) => UkraineTime.ToLocal(instant).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The last day of a term: deadlines are stored as the instant the term has elapsed, the end of that day.</summary>
    public static DateOnly LastDay(DateTimeOffset deadline) => UkraineTime.LocalDate(deadline.AddTicks(-1));

    public static string Deadline(DateTimeOffset deadline) => LastDay(deadline).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
