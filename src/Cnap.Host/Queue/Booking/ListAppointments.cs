using Cnap.Domain.Catalogue;
using Cnap.Host.Access;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Booking;

/// <summary>A centre's bookings of one day for its staff, by time; phones are masked as in every list.</summary>
public sealed record ListAppointments(Caller Caller, Guid CentreId, DateOnly Date) : IQuery<IReadOnlyList<AppointmentLine>>;

public sealed record AppointmentLine(string Code, TimeOnly Start, string Service, string Name, string Phone, AppointmentStatus Status, bool BookedByStaff);

public sealed class ListAppointmentsHandler(CnapDbContext db, QueueAccess access) : IQueryHandler<ListAppointments, IReadOnlyList<AppointmentLine>>
{
    public async ValueTask<IReadOnlyList<AppointmentLine>> Handle(ListAppointments query, CancellationToken cancellationToken)
    {
        await access.EnsureAsync(query.Caller, query.CentreId, setUp: false, cancellationToken);
        var rows = await db.Set<Appointment>().AsNoTracking().Where(a => a.CentreId == query.CentreId && a.Date == query.Date)
            .Join(db.Set<AdministrativeService>(), a => a.ServiceId, s => s.Id, (a, s) => new { a, s.Name })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.a.Start).ThenBy(r => r.a.Seat)
            .Select(r => new AppointmentLine(r.a.Code, r.a.Start, r.Name, r.a.Name, Mask(r.a.Phone), r.a.Status, r.a.BookedBy is not null)).ToList();
    }

    private static string Mask(string phone) => phone.Length <= 4 ? "****" : new string('*', phone.Length - 4) + phone[^4..];
}
