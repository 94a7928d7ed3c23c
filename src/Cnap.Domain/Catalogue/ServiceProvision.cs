namespace Cnap.Domain.Catalogue;

/// <summary>Who provides the service where: a provider (and unit) for one community, or for all when no community is set.</summary>
public sealed record ServiceProvision
{
    public ServiceProvision(Guid providerId, Guid? unitId = null, Guid? communityId = null)
    {
        ProviderId = providerId;
        UnitId = unitId;
        CommunityId = communityId;
    }

    public Guid ProviderId { get; private init; }

    public Guid? UnitId { get; private init; }

    public Guid? CommunityId { get; private init; }

    public bool Serves(Guid communityId) => CommunityId is null || CommunityId == communityId;
}
