using Cnap.Activities.Cases;
using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Identification;
using Cnap.Domain.Providers;
using Cnap.Domain.ProviderTasks;
using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Cases.Workflow;

/// <summary>
/// The activities' view of a case over the scope's context: what a command already loaded (and changed) is served
/// from the change tracker, so a command and the burst it causes work on the same objects.
/// </summary>
internal sealed class CaseWorkspace(CnapDbContext db) : ICaseWorkspace
{
    public async Task<Case> CaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Set<Case>().Local.FirstOrDefault(c => c.Id == caseId)
        ?? await db.Set<Case>().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
        ?? throw new DomainException($"Case {caseId} does not exist.");

    public async Task<AdministrativeService> ServiceAsync(Guid serviceId, CancellationToken cancellationToken) =>
        db.Set<AdministrativeService>().Local.FirstOrDefault(s => s.Id == serviceId)
        ?? await db.Set<AdministrativeService>().FirstOrDefaultAsync(s => s.Id == serviceId, cancellationToken)
        ?? throw new DomainException($"Service {serviceId} does not exist.");

    public async Task<Guid?> ProviderIdAsync(string edrpou, CancellationToken cancellationToken) =>
        EdrpouCode.TryParse(edrpou, out var code)
            ? await db.Set<Provider>().AsNoTracking().Where(p => p.Edrpou == code).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
            : null;

    public async Task<Guid?> UnitIdAsync(Guid providerId, string unitCode, CancellationToken cancellationToken) =>
        await db.Set<ProviderUnit>().AsNoTracking()
            .Where(u => u.ProviderId == providerId && u.Code == unitCode)
            .Select(u => (Guid?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<ProviderTask?> TaskAsync(Guid taskId, CancellationToken cancellationToken) =>
        db.Set<ProviderTask>().Local.FirstOrDefault(t => t.Id == taskId)
        ?? await db.Set<ProviderTask>().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken);

    public async Task<IReadOnlyList<ProviderTask>> TasksOfAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var stored = await db.Set<ProviderTask>().Where(t => t.CaseId == caseId).ToListAsync(cancellationToken);
        // Tasks added earlier in this burst are not in the database yet.
        var added = db.Set<ProviderTask>().Local.Where(t => t.CaseId == caseId && !stored.Contains(t));
        return [.. stored, .. added];
    }

    public void Add(ProviderTask task) => db.Add(task);
}
