using Cnap.Domain.Cases;
using Cnap.Domain.Organisations;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Access;

internal sealed class CaseFactsQuery(CnapDbContext db) : ICaseFacts
{
    public async Task<CaseFacts?> ForCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var found = await db.Set<Case>().AsNoTracking()
            .Where(c => c.Id == caseId)
            .Select(c => new { c.Id, c.CentreId, c.Applicant })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
            return null;
        var regionId = await db.Set<ServiceCentre>().AsNoTracking()
            .Where(s => s.Id == found.CentreId).Select(s => s.RegionId).SingleOrDefaultAsync(cancellationToken);
        var tasks = await db.Set<ProviderTask>().AsNoTracking()
            .Where(t => t.CaseId == caseId)
            .Select(t => new TaskFacts(t.Id, t.ProviderId, t.UnitId))
            .ToListAsync(cancellationToken);
        var applicant = found.Applicant;
        return new CaseFacts(found.Id, found.CentreId, regionId,
            applicant.TaxNumber?.Value,
            applicant.Email?.Value, applicant.Phone?.Value, tasks);
    }

    public async Task<CaseFacts?> ForTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var caseId = await db.Set<ProviderTask>().AsNoTracking()
            .Where(t => t.Id == taskId).Select(t => (Guid?)t.CaseId).SingleOrDefaultAsync(cancellationToken);
        return caseId is { } id ? await ForCaseAsync(id, cancellationToken) : null;
    }

    public async Task<CaseFacts?> ForDocumentAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var caseId = await db.Set<Case>().AsNoTracking()
            .Where(c => c.Documents.Any(d => d.Id == documentId)).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        return caseId is { } id ? await ForCaseAsync(id, cancellationToken) : null;
    }
}
