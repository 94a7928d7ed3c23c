using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.ProviderTasks;

namespace Cnap.Activities.Cases;

/// <summary>
/// The case of the running instance and what hangs off it, in the burst's unit of work: entities come back tracked,
/// and whatever an activity changes or adds commits with the engine's state, or not at all. The host implements it
/// over the scope's database context.
/// </summary>
public interface ICaseWorkspace
{
    Task<Case> CaseAsync(Guid caseId, CancellationToken cancellationToken);

    Task<AdministrativeService> ServiceAsync(Guid serviceId, CancellationToken cancellationToken);

    /// <summary>The provider with this EDRPOU code, or null.</summary>
    Task<Guid?> ProviderIdAsync(string edrpou, CancellationToken cancellationToken);

    /// <summary>The provider's unit with this role code (<c>ARCHITECTURE</c>), or null.</summary>
    Task<Guid?> UnitIdAsync(Guid providerId, string unitCode, CancellationToken cancellationToken);

    Task<ProviderTask?> TaskAsync(Guid taskId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ProviderTask>> TasksOfAsync(Guid caseId, CancellationToken cancellationToken);

    void Add(ProviderTask task);
}
