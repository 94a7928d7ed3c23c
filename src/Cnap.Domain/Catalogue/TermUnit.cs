namespace Cnap.Domain.Catalogue;

public enum TermUnit
{
    /// <summary>Done while the applicant waits, on the day of filing.</summary>
    SameDay,

    Hours,

    WorkingDays,

    CalendarDays,
}
