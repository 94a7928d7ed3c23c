using Cnap.Domain.Calendar;

namespace Cnap.Activities.Timers;

internal static class WorkingDayShift
{
    /// <summary>The working day <paramref name="days"/> working days after (or, negative, before) the date.</summary>
    public static DateOnly Shift(this WorkingCalendar calendar, DateOnly date, int days)
    {
        if (days >= 0)
            return calendar.AddWorkingDays(date, days);
        var day = date;
        for (var counted = 0; counted > days;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
                counted--;
        }
        return day;
    }
}
