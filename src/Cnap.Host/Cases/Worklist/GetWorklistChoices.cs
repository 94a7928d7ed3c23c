using Cnap.Domain.Catalogue;
using Cnap.Domain.Providers;
using Cnap.Host.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Worklist;

/// <summary>The services and providers a worklist can be filtered by, by name.</summary>
public sealed record GetWorklistChoices : IQuery<WorklistChoices>;

public sealed record WorklistChoices(IReadOnlyList<Choice> Services, IReadOnlyList<Choice> Providers);

public sealed record Choice(Guid Id, string Name);

public sealed class GetWorklistChoicesHandler(CnapDbContext db) : IQueryHandler<GetWorklistChoices, WorklistChoices>
{
    public async ValueTask<WorklistChoices> Handle(GetWorklistChoices query, CancellationToken cancellationToken) => new(
        await db.Set<AdministrativeService>().AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name)).ToListAsync(cancellationToken),
        await db.Set<Provider>().AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Id, p.Name)).ToListAsync(cancellationToken));
}
