using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Organisations.Centres;

/// <summary>The centres where a service is applied for: those in a community one of its providers serves.</summary>
public sealed record CentresOffering(string ServiceCode) : IQuery<IReadOnlyList<CentreLink>>;

public sealed record CentreLink(string Code, string Name, string Address);

public sealed class CentresOfferingHandler(CnapDbContext db) : IQueryHandler<CentresOffering, IReadOnlyList<CentreLink>>
{
    public async ValueTask<IReadOnlyList<CentreLink>> Handle(CentresOffering query, CancellationToken cancellationToken)
    {
        var service = await db.Set<AdministrativeService>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == query.ServiceCode, cancellationToken);
        if (service is null)
            return [];
        var centres = await db.Set<ServiceCentre>().AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        return centres.Where(c => service.ProvisionsFor(c.CommunityId).Any())
            .Select(c => new CentreLink(c.Code, c.Name, c.Address.ToString()))
            .ToList();
    }
}
