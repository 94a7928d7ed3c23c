using Cnap.Domain.Calendar;
using Cnap.Domain.Organisations;

namespace Cnap.Host.Organisations.Centres;

/// <summary>
/// Reads a centre's day on the clock and calendar: the weekly schedule says when it opens, the working calendar (the
/// centre's own, else the national one) closes it on public holidays — a Saturday the centre works is not a holiday.
/// </summary>
public sealed class CentreClock(IWorkingCalendarSource calendars, TimeProvider clock)
{
    public async Task<CentreToday> TodayAsync(ServiceCentre centre, CancellationToken cancellationToken)
    {
        var local = UkraineTime.ToLocal(clock.GetUtcNow());
        var date = DateOnly.FromDateTime(local);
        var calendar = await calendars.CalendarForAsync(centre.Id.ToString(), cancellationToken);
        var isHoliday = IsHoliday(calendar, date);
        var hours = isHoliday ? null : centre.OpeningHours.FirstOrDefault(h => h.Day == local.DayOfWeek);
        var time = TimeOnly.FromDateTime(local);
        return new CentreToday(date, time, hours, isHoliday, hours is not null && hours.IsOpenAt(time));
    }

    // A year not yet entered in the calendar says nothing about holidays: the weekly schedule alone decides.
    private static bool IsHoliday(WorkingCalendar calendar, DateOnly date)
    {
        try
        {
            return calendar.Covers(date.Year) && calendar.Day(date) is { IsWorkingDay: false } day
                && day.Reasons.Any(r => r.Kind is DayReasonKind.Holiday or DayReasonKind.MovedDayOff or DayReasonKind.OverrideDayOff);
        }
        catch (CalendarDataMissingException)
        {
            return false;
        }
    }
}
