using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Booking;

/// <summary>A booking as its holder sees it through the link (the manage token), or null.</summary>
public sealed record GetAppointment(string ManageToken) : IQuery<AppointmentView?>;

public sealed record AppointmentView(
    string Code, string ManageToken, AppointmentStatus Status, DateOnly Date, TimeOnly Start, Guid CentreId, string CentreName, string CentreAddress,
    Guid ServiceId, string ServiceName, string Name, string Phone);

public sealed class GetAppointmentHandler(CnapDbContext db) : IQueryHandler<GetAppointment, AppointmentView?>
{
    public async ValueTask<AppointmentView?> Handle(GetAppointment query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.ManageToken))
            return null;
        var a = await db.Set<Appointment>().AsNoTracking().FirstOrDefaultAsync(x => x.ManageToken == query.ManageToken, cancellationToken);
        if (a is null)
            return null;
        var centre = await db.Set<ServiceCentre>().AsNoTracking().SingleAsync(c => c.Id == a.CentreId, cancellationToken);
        var service = await db.Set<AdministrativeService>().AsNoTracking().Where(s => s.Id == a.ServiceId).Select(s => s.Name).SingleAsync(cancellationToken);
        return new AppointmentView(a.Code, a.ManageToken, a.Status, a.Date, a.Start, centre.Id, centre.Name, centre.Address.ToString() ?? "",
            a.ServiceId, service, a.Name, a.Phone);
    }
}
