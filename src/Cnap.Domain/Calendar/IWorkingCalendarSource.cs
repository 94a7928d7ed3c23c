namespace Cnap.Domain.Calendar;

/// <summary>Where the application gets calendars and deadline calculators; the host implements it over the database.</summary>
public interface IWorkingCalendarSource
{
    /// <summary>The calendar of the organisation (its own on top of the national base), or the national one for null.</summary>
    ValueTask<WorkingCalendar> CalendarForAsync(string? organisationId, CancellationToken cancellationToken = default);

    ValueTask<DeadlineCalculator> DeadlinesForAsync(string? organisationId, CancellationToken cancellationToken = default);
}
