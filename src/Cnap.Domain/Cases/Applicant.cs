using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;

namespace Cnap.Domain.Cases;

/// <summary>The subject of the application (суб'єкт звернення): a person or a legal entity, with contacts for notices.</summary>
public sealed class Applicant
{
    private Applicant() { }

    public ApplicantKind Kind { get; private set; }

    /// <summary>The person's name; null for a legal entity.</summary>
    public PersonName? PersonName { get; private set; }

    /// <summary>Null also for people who refused the number on religious grounds (a passport mark replaces it).</summary>
    public TaxNumber? TaxNumber { get; private set; }

    public EdrpouCode? Edrpou { get; private set; }

    public string? OrganisationName { get; private set; }

    public Representative? Representative { get; private set; }

    public PhoneNumber? Phone { get; private set; }

    public EmailAddress? Email { get; private set; }

    public PostalAddress? Address { get; private set; }

    public string DisplayName => Kind == ApplicantKind.Person ? PersonName!.ToString() : OrganisationName!;

    /// <summary>What lists and journals show: initials for people (personal data), the full name of an organisation.</summary>
    public string MaskedName => Kind == ApplicantKind.Person ? PersonName!.Initials : OrganisationName!;

    public static Applicant Person(
        PersonName name, TaxNumber? taxNumber, PhoneNumber? phone = null, EmailAddress? email = null,
        PostalAddress? address = null, Representative? representative = null) =>
        new()
        {
            Kind = ApplicantKind.Person,
            PersonName = name,
            TaxNumber = taxNumber,
            Phone = phone,
            Email = email,
            Address = address,
            Representative = representative,
        };

    /// <summary>A legal entity always acts through a person: its head under the charter or someone with a power of attorney.</summary>
    public static Applicant LegalEntity(
        EdrpouCode edrpou, string name, Representative representative, PhoneNumber? phone = null, EmailAddress? email = null,
        PostalAddress? address = null)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException($"The legal entity {edrpou} needs its name.");
        return new()
        {
            Kind = ApplicantKind.LegalEntity,
            Edrpou = edrpou,
            OrganisationName = name.Trim(),
            Representative = representative ?? throw new DomainException($"The legal entity {edrpou} needs a representative."),
            Phone = phone,
            Email = email,
            Address = address,
        };
    }
}
