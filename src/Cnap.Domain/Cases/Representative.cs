using Cnap.Domain.Identification;

namespace Cnap.Domain.Cases;

/// <summary>Someone acting for the applicant, and on what authority (a power of attorney, the charter, a parent).</summary>
public sealed record Representative
{
    public Representative(PersonName name, string authority)
    {
        if (string.IsNullOrWhiteSpace(authority))
            throw new DomainException($"Representative {name} needs the document that gives the authority to act.");
        Name = name;
        Authority = authority.Trim();
    }

    private Representative() { }

    public PersonName Name { get; private init; } = null!;

    public string Authority { get; private init; } = "";
}
