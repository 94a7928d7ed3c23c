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

    private async Task<Dictionary<Guid, string>> CentreNamesAsync(List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => CentreId(e.Organisation)).OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0 || db.Model.FindEntityType(typeof(ServiceCentre)) is null)
            return [];
        return await db.Set<ServiceCentre>().AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
    }

    private static string? CentreOf(AuditEntry entry, Dictionary<Guid, string> names) =>
        CentreId(entry.Organisation) is { } id ? names.GetValueOrDefault(id, id.ToString()) : entry.Organisation;

    private static Guid? CentreId(string? organisation) =>
        organisation is not null && organisation.StartsWith("Centre:", StringComparison.Ordinal)
        && Guid.TryParse(organisation["Centre:".Length..], out var id) ? id : null;
}
