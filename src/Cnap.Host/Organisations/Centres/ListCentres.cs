using System.Globalization;
using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Organisations.Centres;

/// <summary>Every centre with today's hours, in alphabetical order of name.</summary>
public sealed record ListCentres : IQuery<IReadOnlyList<CentreSummary>>;

public sealed class ListCentresHandler(CnapDbContext db, CentreClock clock) : IQueryHandler<ListCentres, IReadOnlyList<CentreSummary>>
{
    private static readonly StringComparer UkrainianOrder = StringComparer.Create(CultureInfo.GetCultureInfo("uk"), ignoreCase: true);

    public async ValueTask<IReadOnlyList<CentreSummary>> Handle(ListCentres query, CancellationToken cancellationToken)
    {
        var centres = await db.Set<ServiceCentre>().AsNoTracking().ToListAsync(cancellationToken);
        var list = new List<CentreSummary>(centres.Count);
        foreach (var centre in centres.OrderBy(c => c.Name, UkrainianOrder))
            list.Add(CentreSummary.Of(centre, await clock.TodayAsync(centre, cancellationToken)));
        return list;
    }
}
