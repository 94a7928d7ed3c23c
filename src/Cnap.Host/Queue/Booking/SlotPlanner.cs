using Cnap.Domain.Calendar;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Booking;

/// <summary>
/// The slots of a service group, day by day: the group's weekly rules on the days the centre's working calendar works
/// and the centre has not closed, minus the seats already booked. Booking checks a request against the same plan.
/// </summary>
public sealed class SlotPlanner(CnapDbContext db, IWorkingCalendarSource calendars, TimeProvider clock)
{
    /// <summary>How far ahead a citizen may book.</summary>
    public const int DaysAhead = 30;

    public async Task<IReadOnlyList<DayPlan>> PlanAsync(ServiceGroup group, DateOnly from, int days, CancellationToken cancellationToken)
    {
        var to = from.AddDays(days - 1);
        var rules = await db.Set<BookingRule>().AsNoTracking().Where(r => r.ServiceGroupId == group.Id).ToListAsync(cancellationToken);
        var closed = await db.Set<QueueClosedDay>().AsNoTracking()
            .Where(d => d.CentreId == group.CentreId && d.Date >= from && d.Date <= to).Select(d => d.Date).ToListAsync(cancellationToken);
        var taken = (await db.Set<Appointment>().AsNoTracking()
                .Where(a => a.ServiceGroupId == group.Id && a.Date >= from && a.Date <= to && a.Seat != null)
                .GroupBy(a => new { a.Date, a.Start }).Select(g => new { g.Key.Date, g.Key.Start, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToDictionary(t => (t.Date, t.Start), t => t.Count);
        var calendar = await calendars.CalendarForAsync(group.CentreId.ToString(), cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();

        var plans = new List<DayPlan>(days);
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var rule = rules.FirstOrDefault(r => r.Day == date.DayOfWeek);
            var state = date < today ? DayState.Past
                : date > today.AddDays(DaysAhead) ? DayState.TooFarAhead
                : !Works(calendar, date) ? DayState.ClosedByCalendar
                : closed.Contains(date) ? DayState.ClosedByCentre
                : rule is null ? DayState.NoBookings
                : DayState.Open;
            if (state != DayState.Open)
            {
                plans.Add(new DayPlan(date, state, []));
                continue;
            }
            var slots = rule!.SlotStarts()
                .Where(start => QueueClock.Instant(date, start) > now)
                .Select(start => new SlotPlan(start, rule.OnlineSeats, taken.GetValueOrDefault((date, start))))
                .ToList();
            plans.Add(new DayPlan(date, slots.Count == 0 ? DayState.Past : slots.Any(s => s.Free > 0) ? DayState.Open : DayState.Full, slots));
        }
        return plans;
    }

    /// <summary>The slot asked for, or the rule it breaks, in words a citizen understands.</summary>
    public async Task<(BookingRule Rule, DateTimeOffset StartsAt)> CheckAsync(ServiceGroup group, DateOnly date, TimeOnly start, CancellationToken cancellationToken)
    {
        var startsAt = QueueClock.Instant(date, start);
        if (startsAt <= clock.GetUtcNow())
            throw new QueueRefusal(RefusalReason.Past, $"{date:yyyy-MM-dd} {start:HH\\:mm} has passed.");
        if (date > clock.Today().AddDays(DaysAhead))
            throw new QueueRefusal(RefusalReason.TooFarAhead, $"Bookings open {DaysAhead} days ahead.");
        var calendar = await calendars.CalendarForAsync(group.CentreId.ToString(), cancellationToken);
        if (!Works(calendar, date))
            throw new QueueRefusal(RefusalReason.ClosedDay, $"The centre does not work on {date:yyyy-MM-dd}.");
        if (await db.Set<QueueClosedDay>().AnyAsync(d => d.CentreId == group.CentreId && d.Date == date, cancellationToken))
            throw new QueueRefusal(RefusalReason.ClosedDay, $"The centre takes no bookings on {date:yyyy-MM-dd}.");
        var rule = await db.Set<BookingRule>().AsNoTracking().FirstOrDefaultAsync(r => r.ServiceGroupId == group.Id && r.Day == date.DayOfWeek, cancellationToken)
            ?? throw new QueueRefusal(RefusalReason.ClosedDay, $"{group.Name} takes no bookings on {date.DayOfWeek}s.");
        if (rule.InBreak(start))
            throw new QueueRefusal(RefusalReason.InBreak, $"{start:HH\\:mm} falls in the break ({rule.BreakFrom:HH\\:mm}–{rule.BreakTo:HH\\:mm}).");
        if (!rule.SlotStarts().Contains(start))
            throw new QueueRefusal(RefusalReason.OutsideHours,
                $"{start:HH\\:mm} is not a slot start: bookings run {rule.Opens:HH\\:mm}–{rule.Closes:HH\\:mm} in {rule.SlotMinutes}-minute slots.");
        if (rule.OnlineSeats == 0)
            throw new QueueRefusal(RefusalReason.SlotTaken, "Every seat of this slot is kept for walk-ins.");
        return (rule, startsAt);
    }

    private static bool Works(WorkingCalendar calendar, DateOnly date)
    {
        try
        {
            return calendar.IsWorkingDay(date);
        }
        catch (CalendarDataMissingException)
        {
            return false;
        }
    }
}
