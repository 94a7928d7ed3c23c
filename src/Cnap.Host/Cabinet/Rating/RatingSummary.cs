using Cnap.Domain.Catalogue;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cabinet.Rating;

/// <summary>Marks per service at the given centres (all when null), for the heads' statistics: how many, the average, the lowest share.</summary>
public sealed record RatingSummary(IReadOnlyCollection<Guid>? Centres, DateTimeOffset From, DateTimeOffset To) : IQuery<IReadOnlyList<ServiceRating>>;

public sealed record ServiceRating(Guid ServiceId, string ServiceName, int Count, double Average, int LowCount);

public sealed class RatingSummaryHandler(CnapDbContext db) : IQueryHandler<RatingSummary, IReadOnlyList<ServiceRating>>
{
    public async ValueTask<IReadOnlyList<ServiceRating>> Handle(RatingSummary query, CancellationToken cancellationToken)
    {
        var ratings = db.Set<CaseRating>().AsNoTracking();
        if (query.Centres is { } centres)
            ratings = ratings.Where(r => centres.Contains(r.CentreId));
        // SQLite cannot compare instants with offsets in SQL; a centre's marks are few, so the period is cut in memory.
        var groups = (await ratings.ToListAsync(cancellationToken))
            .Where(r => r.RatedAt >= query.From && r.RatedAt < query.To)
            .GroupBy(r => r.ServiceId)
            .Select(g => new { ServiceId = g.Key, Count = g.Count(), Sum = g.Sum(r => r.Score), Low = g.Count(r => r.Score <= 2) })
            .ToList();
        var ids = groups.Select(g => g.ServiceId).ToList();
        var names = await db.Set<AdministrativeService>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return groups.Select(g => new ServiceRating(g.ServiceId, names.GetValueOrDefault(g.ServiceId, ""), g.Count, Math.Round((double)g.Sum / g.Count, 2), g.Low))
            .OrderByDescending(r => r.Count)
            .ToList();
    }
}
