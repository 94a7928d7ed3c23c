using Cnap.Domain.Organisations;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Audit;

/// <summary>A line of "who accessed this case". The applicant sees role, centre and time; heads also see the person and what.</summary>
public sealed record AccessLogLine(DateTimeOffset At, string? Role, string? Centre, string? Person, string? Action, string? From);

public sealed class AccessLog(CnapDbContext db)
{
    public async Task<AccessLogLine[]> ForCaseAsync(Guid caseId, bool detailed, CancellationToken cancellationToken)
    {
        var entries = await db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.CaseId == caseId && e.Role != null && e.Role != Identity.CnapRoles.Citizen)
            .OrderBy(e => e.Chain).ThenBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        var centres = await CentreNamesAsync(entries, cancellationToken);
        return entries
            .OrderBy(e => e.At)
            .Select(e => new AccessLogLine(
                e.At, e.Role, CentreOf(e, centres),
                detailed ? e.UserName : null, detailed ? e.Action : null, detailed ? e.RemoteAddress : null))
            .ToArray();
    }

    /// <summary>The actors' organisations by name: a centre, a provider (or its unit), a region, whichever the entry names.</summary>
    private async Task<Dictionary<Guid, string>> CentreNamesAsync(List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => OrganisationId(e.Organisation)).OfType<Guid>().Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        if (ids.Count == 0)
            return names;
        await AddAsync<ServiceCentre>(c => ids.Contains(c.Id), c => new IdName(c.Id, c.Name));
        await AddAsync<Cnap.Domain.Providers.Provider>(p => ids.Contains(p.Id), p => new IdName(p.Id, p.Name));
        await AddAsync<Cnap.Domain.Providers.ProviderUnit>(u => ids.Contains(u.Id), u => new IdName(u.Id, u.Name));
        await AddAsync<Region>(r => ids.Contains(r.Id), r => new IdName(r.Id, r.Name));
        return names;

        async Task AddAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> wanted, System.Linq.Expressions.Expression<Func<T, IdName>> select) where T : class
        {
            if (db.Model.FindEntityType(typeof(T)) is null)
                return;
            foreach (var row in await db.Set<T>().AsNoTracking().Where(wanted).Select(select).ToListAsync(cancellationToken))
                names.TryAdd(row.Id, row.Name);
        }
    }

    private sealed record IdName(Guid Id, string Name);

    private static string? CentreOf(AuditEntry entry, Dictionary<Guid, string> names) =>
        OrganisationId(entry.Organisation) is { } id ? names.GetValueOrDefault(id, entry.Organisation!) : entry.Organisation;

    /// <summary>The id of <c>Kind:id</c> (<see cref="AuditEntry.Organisation"/>).</summary>
    private static Guid? OrganisationId(string? organisation)
    {
        var colon = organisation?.IndexOf(':') ?? -1;
        return colon > 0 && Guid.TryParse(organisation![(colon + 1)..], out var id) ? id : null;
    }
}
