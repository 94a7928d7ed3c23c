using Cnap.Host.Data;
using Mediator;

namespace Cnap.Host.Queue.Booking;

/// <summary>A service's booking days at a centre from today, with slots and free seats.</summary>
public sealed record GetBookingCalendar(Guid CentreId, Guid ServiceId) : IQuery<BookingCalendar>;

public sealed record BookingCalendar(Guid GroupId, string GroupName, IReadOnlyList<DayPlan> Days)
{
    public DayPlan? FirstOpen => Days.FirstOrDefault(d => d.State == DayState.Open);
}

public sealed class GetBookingCalendarHandler(CnapDbContext db, SlotPlanner planner, TimeProvider clock) : IQueryHandler<GetBookingCalendar, BookingCalendar>
{
    public async ValueTask<BookingCalendar> Handle(GetBookingCalendar query, CancellationToken cancellationToken)
    {
        var group = await BookAppointmentHandler.GroupForAsync(db, query.CentreId, query.ServiceId, cancellationToken);
        var days = await planner.PlanAsync(group, clock.Today(), SlotPlanner.DaysAhead + 1, cancellationToken);
        return new BookingCalendar(group.Id, group.Name, days);
    }
}
