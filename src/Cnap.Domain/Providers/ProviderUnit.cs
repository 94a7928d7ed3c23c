namespace Cnap.Domain.Providers;

/// <summary>A structural unit of a provider (department, division) that a technological card stage is assigned to.</summary>
public sealed class ProviderUnit
{
    private ProviderUnit() { }

    public ProviderUnit(Guid id, Guid providerId, string name, string? code = null)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("A provider unit needs a name.");
        Id = id;
        ProviderId = providerId;
        Name = name.Trim();
        Code = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
    }

    public Guid Id { get; private set; }

    public Guid ProviderId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The unit's own short code, as printed on routing slips.</summary>
    public string? Code { get; private set; }
}
