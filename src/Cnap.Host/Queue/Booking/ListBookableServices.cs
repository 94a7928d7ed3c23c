using Cnap.Domain.Catalogue;
using Cnap.Host.Data;
using Cnap.Host.Queue.Setup;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Queue.Booking;

/// <summary>The services some centre takes bookings for, by name.</summary>
public sealed record ListBookableServices : IQuery<IReadOnlyList<BookableService>>;

public sealed record BookableService(Guid Id, string Code, string Name);

public sealed class ListBookableServicesHandler(CnapDbContext db) : IQueryHandler<ListBookableServices, IReadOnlyList<BookableService>>
{
    public async ValueTask<IReadOnlyList<BookableService>> Handle(ListBookableServices query, CancellationToken cancellationToken)
    {
        var ids = (await db.Set<ServiceGroup>().AsNoTracking().Select(g => g.ServiceIds).ToListAsync(cancellationToken))
            .SelectMany(s => s).ToHashSet();
        var services = await db.Set<AdministrativeService>().AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new BookableService(s.Id, s.Code, s.Name)).ToListAsync(cancellationToken);
        return services.OrderBy(s => s.Name, StringComparer.Create(new System.Globalization.CultureInfo("uk-UA"), true)).ToList();
    }
}
