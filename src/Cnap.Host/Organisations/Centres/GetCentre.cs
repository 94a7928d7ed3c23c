using System.Globalization;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Organisations.Centres;

/// <summary>One centre by its code, with its remote workplaces, accessibility and the services applied for there.</summary>
public sealed record GetCentre(string Code) : IQuery<CentreDetails?>;

public sealed record CentreDetails(
    CentreSummary Centre, IReadOnlyList<WorkplaceView> Workplaces, string? AccessibilityNotes, IReadOnlyList<OfferedService> Services);

public sealed record WorkplaceView(string Name, string Address, string Schedule);

public sealed record OfferedService(string Code, string Name);

public sealed class GetCentreHandler(CnapDbContext db, CentreClock clock, TimeProvider time) : IQueryHandler<GetCentre, CentreDetails?>
{
    private static readonly StringComparer UkrainianOrder = StringComparer.Create(CultureInfo.GetCultureInfo("uk"), ignoreCase: true);

    public async ValueTask<CentreDetails?> Handle(GetCentre query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var centre = await db.Set<ServiceCentre>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (centre is null)
            return null;
        var today = UkraineTime.LocalDate(time.GetUtcNow());
        // The catalogue is a few hundred rows: read once, matched in memory (as the catalogue's own search does).
        var services = (await db.Set<AdministrativeService>().AsNoTracking().ToListAsync(cancellationToken))
            .Where(s => s.IsEffectiveOn(today) && s.ProvisionsFor(centre.CommunityId).Any())
            .OrderBy(s => s.Name, UkrainianOrder)
            .Select(s => new OfferedService(s.Code, s.Name))
            .ToList();
        return new CentreDetails(
            CentreSummary.Of(centre, await clock.TodayAsync(centre, cancellationToken)),
            centre.RemoteWorkplaces.Select(w => new WorkplaceView(w.Name, w.Address.ToString(), w.Schedule)).ToList(),
            centre.AccessibilityNotes, services);
    }
}
