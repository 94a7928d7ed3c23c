using Cnap.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Cnap.Domain.Tests.Calendar.CalendarProperties;

namespace Cnap.Domain.Tests.Calendar;

public sealed class TermClockPropertyTests
{
    private static readonly Arbitrary<(WorkingCalendar Calendar, DateOnly Filed, int Term, int SuspendAfter, int SuspendFor, int ReadAfter)> Cases =
        AnyCalendar.SelectMany(c => Dates.SelectMany(d => Gen.Choose(1, 40).SelectMany(n =>
            Gen.Choose(0, 30).SelectMany(after => Gen.Choose(0, 20).SelectMany(length =>
                Gen.Choose(0, 80).Select(read => (c, d, n, after, length, read)))))))
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property A_suspension_extends_the_deadline_by_exactly_the_suspended_working_days() =>
        Prop.ForAll(Cases, x =>
        {
            var (calendar, deadlines, clock) = Build(x);
            var from = x.Filed.AddDays(x.SuspendAfter);
            var until = from.AddDays(x.SuspendFor);
            var last = clock.Deadline!.LastDay;
            var suspendedBeforeDeadline = from < last ? calendar.CountWorkingDays(from, until < last ? until : last) : 0;
            return calendar.CountWorkingDays(x.Filed, last) == x.Term + suspendedBeforeDeadline
                && last >= deadlines.Compute(Instant(x.Filed), DeadlineTerm.WorkingDays(x.Term)).LastDay
                && calendar.IsWorkingDay(last);
        });

    [Property(MaxTest = 300)]
    public Property Elapsed_and_remaining_add_up_to_the_term_until_the_deadline() =>
        Prop.ForAll(Cases, x =>
        {
            var (_, _, clock) = Build(x);
            var on = x.Filed.AddDays(x.ReadAfter);
            var reading = clock.ReadAt(Instant(on));
            // Suspended days after the deadline are not counted as overdue either.
            return on > clock.Deadline!.LastDay
                ? reading.IsOverdue && reading.Remaining <= 0
                : !reading.IsOverdue && reading.Elapsed + reading.Remaining == x.Term;
        });

    private static (WorkingCalendar, DeadlineCalculator, TermClock) Build((WorkingCalendar Calendar, DateOnly Filed, int Term, int SuspendAfter, int SuspendFor, int ReadAfter) x)
    {
        var deadlines = new DeadlineCalculator(x.Calendar, new DeadlineSettings(TestCalendars.Kyiv));
        var from = x.Filed.AddDays(x.SuspendAfter);
        var clock = deadlines.Clock(Instant(x.Filed), DeadlineTerm.WorkingDays(x.Term),
            [new SuspensionInterval(Instant(from), Instant(from.AddDays(x.SuspendFor)))]);
        return (x.Calendar, deadlines, clock);
    }

    private static DateTimeOffset Instant(DateOnly date) => TestCalendars.At(date.ToString("yyyy-MM-dd"), 12);
}
