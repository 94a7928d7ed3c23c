using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;

namespace Cnap.Domain.Providers;

/// <summary>A СНАП: the body that decides on applications the centre forwards to it.</summary>
public sealed class Provider
{
    private Provider() { }

    public Provider(Guid id, EdrpouCode edrpou, string name, ProviderKind kind, Guid? regionId = null)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("A provider needs a name.");
        Id = id;
        Edrpou = edrpou;
        Name = name.Trim();
        Kind = kind;
        RegionId = regionId;
    }

    public Guid Id { get; private set; }

    public EdrpouCode Edrpou { get; private set; } = null!;

    public string Name { get; private set; } = "";

    public string? ShortName { get; private set; }

    public ProviderKind Kind { get; private set; }

    /// <summary>Null for a national body that serves every region.</summary>
    public Guid? RegionId { get; private set; }

    public PostalAddress? Address { get; private set; }

    public PhoneNumber? Phone { get; private set; }

    public EmailAddress? Email { get; private set; }

    public void SetContacts(string? shortName, PostalAddress? address, PhoneNumber? phone, EmailAddress? email)
    {
        ShortName = string.IsNullOrWhiteSpace(shortName) ? null : shortName.Trim();
        Address = address;
        Phone = phone;
        Email = email;
    }
}
