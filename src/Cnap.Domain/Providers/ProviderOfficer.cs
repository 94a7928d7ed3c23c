using Cnap.Domain.Cases;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;

namespace Cnap.Domain.Providers;

/// <summary>An authorised official of a provider (уповноважена особа СНАП) who decides on tasks.</summary>
public sealed class ProviderOfficer
{
    private ProviderOfficer() { }

    public ProviderOfficer(Guid id, Guid providerId, Guid? unitId, PersonName name, string position)
    {
        if (string.IsNullOrWhiteSpace(position))
            throw new DomainException("An officer needs a position.");
        Id = id;
        ProviderId = providerId;
        UnitId = unitId;
        Name = name;
        Position = position.Trim();
        IsActive = true;
    }

    public Guid Id { get; private set; }

    public Guid ProviderId { get; private set; }

    public Guid? UnitId { get; private set; }

    public PersonName Name { get; private set; } = null!;

    public string Position { get; private set; } = "";

    public PhoneNumber? Phone { get; private set; }

    public EmailAddress? Email { get; private set; }

    /// <summary>The staff account, once identity exists; officers are listed before they ever log in.</summary>
    public string? UserId { get; private set; }

    public bool IsActive { get; private set; }

    public Actor AsActor() => new(UserId ?? $"officer:{Id}", Name.ToString());

    public void SetContacts(PhoneNumber? phone, EmailAddress? email)
    {
        Phone = phone;
        Email = email;
    }

    public void LinkUser(string userId) => UserId = userId;

    public void Deactivate() => IsActive = false;
}
