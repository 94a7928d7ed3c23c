using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Booking;

/// <summary>The centres that book a service, each with its first date that still has a free seat (null: none within reach).</summary>
public sealed record ListBookingCentres(Guid ServiceId) : IQuery<IReadOnlyList<BookingCentre>>;

public sealed record BookingCentre(Guid Id, string Code, string Name, string Address, DateOnly? FirstFreeDate);

public sealed class ListBookingCentresHandler(CnapDbContext db, SlotPlanner planner, TimeProvider clock)
    : IQueryHandler<ListBookingCentres, IReadOnlyList<BookingCentre>>
{
    public async ValueTask<IReadOnlyList<BookingCentre>> Handle(ListBookingCentres query, CancellationToken cancellationToken)
    {
        var groups = (await db.Set<ServiceGroup>().AsNoTracking().ToListAsync(cancellationToken))
            .Where(g => g.ServiceIds.Contains(query.ServiceId)).GroupBy(g => g.CentreId).Select(g => g.OrderBy(x => x.Letter).First()).ToList();
        var centreIds = groups.Select(g => g.CentreId).ToList();
        var centres = await db.Set<ServiceCentre>().AsNoTracking().Where(c => centreIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var result = new List<BookingCentre>();
        foreach (var centre in centres.OrderBy(c => c.Name))
        {
            var plan = await planner.PlanAsync(groups.First(g => g.CentreId == centre.Id), clock.Today(), SlotPlanner.DaysAhead + 1, cancellationToken);
            result.Add(new BookingCentre(centre.Id, centre.Code, centre.Name, centre.Address.ToString() ?? "",
                plan.FirstOrDefault(d => d.State == DayState.Open)?.Date));
        }
        return result;
    }
}
