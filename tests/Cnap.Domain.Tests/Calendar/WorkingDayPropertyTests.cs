using Cnap.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cnap.Domain.Tests.Calendar.CalendarProperties;

namespace Cnap.Domain.Tests.Calendar;

public sealed class WorkingDayPropertyTests
{
    [Property(MaxTest = 500)]
    public Property Counting_the_working_days_added_gives_back_their_number() =>
        Prop.ForAll(CalendarStartCount, x =>
            x.Calendar.CountWorkingDays(x.Start, x.Calendar.AddWorkingDays(x.Start, x.Count)) == x.Count);

    [Property(MaxTest = 500)]
    public Property Adding_working_days_never_lands_on_a_day_off() =>
        Prop.ForAll(CalendarStartCount, x =>
            x.Count == 0 || x.Calendar.IsWorkingDay(x.Calendar.AddWorkingDays(x.Start, x.Count)));

    [Property(MaxTest = 500)]
    public Property One_more_working_day_is_the_next_working_day() =>
        Prop.ForAll(CalendarStartCount, x =>
            x.Calendar.AddWorkingDays(x.Start, x.Count + 1) == x.Calendar.NextWorkingDay(x.Calendar.AddWorkingDays(x.Start, x.Count)));

    [Property(MaxTest = 500)]
    public Property A_later_start_or_a_longer_term_never_ends_earlier()
    {
        var pairs = AnyCalendar.SelectMany(c => Dates.Two().SelectMany(d => Counts.Two().Select(n => (c, d, n)))).ToArbitrary();
        return Prop.ForAll(pairs, x =>
        {
            var (calendar, (d1, d2), (n1, n2)) = x;
            var (early, late) = d1 <= d2 ? (d1, d2) : (d2, d1);
            var (small, large) = n1 <= n2 ? (n1, n2) : (n2, n1);
            return calendar.AddWorkingDays(early, small) <= calendar.AddWorkingDays(late, small)
                && calendar.AddWorkingDays(early, small) <= calendar.AddWorkingDays(early, large)
                && (small == large || calendar.AddWorkingDays(early, small) < calendar.AddWorkingDays(early, large));
        });
    }

    [Property(MaxTest = 500)]
    public Property A_shifted_calendar_day_deadline_is_the_first_working_day_on_or_after_the_plain_one() =>
        Prop.ForAll(CalendarStartCount, x =>
        {
            var plain = x.Calendar.AddCalendarDays(x.Start, x.Count, shiftLastDayOff: false);
            var shifted = x.Calendar.AddCalendarDays(x.Start, x.Count, shiftLastDayOff: true);
            return x.Calendar.IsWorkingDay(shifted) && shifted >= plain
                && x.Calendar.CountWorkingDays(plain.AddDays(-1), shifted.AddDays(-1)) == 0;
        });

    [Property(MaxTest = 300)]
    public Property Every_national_working_day_is_a_working_day_of_the_Saturday_centre() =>
        Prop.ForAll(Dates.ToArbitrary(), date =>
            (!Calendars[0].IsWorkingDay(date) || Calendars[2].IsWorkingDay(date))
            && (!Calendars[1].IsWorkingDay(date) || Calendars[3].IsWorkingDay(date)));
}
