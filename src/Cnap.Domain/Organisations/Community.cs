namespace Cnap.Domain.Organisations;

/// <summary>A community or district of a region: the locality that owns centres and for which providers are set.</summary>
public sealed class Community
{
    private Community() { }

    public Community(Guid id, Guid regionId, string name, CommunityKind kind)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("A community needs a name.");
        Id = id;
        RegionId = regionId;
        Name = name.Trim();
        Kind = kind;
    }

    public Guid Id { get; private set; }

    public Guid RegionId { get; private set; }

    public string Name { get; private set; } = "";

    public CommunityKind Kind { get; private set; }
}
