using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;

namespace Cnap.Host.Cases.Registration;

/// <summary>What the administrator types at the counter; nothing of it is stored until «Оформити».</summary>
public sealed class IntakeModel
{
    public IntakeService? Service { get; set; }
    public string? VariantCode { get; set; }
    public Guid? ProviderId { get; set; }
    public List<ChecklistLine> Checklist { get; set; } = [];
    public string? IncompleteReason { get; set; }
    public ApplicantKind Kind { get; set; } = ApplicantKind.Person;
    public string? LastName { get; set; }
    public string? FirstName { get; set; }
    public string? Patronymic { get; set; }
    public string? TaxNumber { get; set; }
    public string? Edrpou { get; set; }
    public string? OrganisationName { get; set; }
    public string? RepresentativeLastName { get; set; }
    public string? RepresentativeFirstName { get; set; }
    public string? RepresentativePatronymic { get; set; }
    public string? RepresentativeAuthority { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PostalCode { get; set; }
    public string? Settlement { get; set; }
    public string? Street { get; set; }
    public bool SmsConsent { get; set; } = true;
    public bool EmailConsent { get; set; }
    public ResultDelivery Delivery { get; set; } = ResultDelivery.InPerson;
    public List<ScanLine> Scans { get; set; } = [];

    public bool MissesMandatory => Checklist.Any(l => l.IsMandatory && !l.Received);

    public void Choose(IntakeService service)
    {
        Service = service;
        VariantCode = service.Variants.FirstOrDefault(v => v.IsNormal)?.Code ?? service.Variants.FirstOrDefault()?.Code;
        ProviderId = service.Providers.Count == 1 ? service.Providers[0].Id : null;
        Checklist = service.Documents.Select(d => new ChecklistLine(d.Name, d.Form, d.IsMandatory, d.Requirements)).ToList();
        IncompleteReason = null;
    }

    public void Reuse(Applicant known)
    {
        Kind = known.Kind;
        (LastName, FirstName, Patronymic) = (known.PersonName?.LastName, known.PersonName?.FirstName, known.PersonName?.Patronymic);
        (TaxNumber, Edrpou, OrganisationName) = (known.TaxNumber?.Value, known.Edrpou?.Value, known.OrganisationName);
        (RepresentativeLastName, RepresentativeFirstName, RepresentativePatronymic, RepresentativeAuthority) = (
            known.Representative?.Name.LastName, known.Representative?.Name.FirstName, known.Representative?.Name.Patronymic, known.Representative?.Authority);
        (Phone, Email) = (known.Phone?.ToString(), known.Email?.ToString());
        (PostalCode, Settlement, Street) = (known.Address?.PostalCode, known.Address?.Settlement, known.Address?.Street);
    }

    /// <summary>Every field problem at once, by field name, in Ukrainian or English from the page's texts.</summary>
    public Dictionary<string, string> Validate(Func<string, string> text)
    {
        var errors = new Dictionary<string, string>();
        void Require(string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
                errors[field] = text("FieldRequired");
        }
        if (Service is null)
            errors["service"] = text("ServiceRequired");
        if (Service is not null && ProviderId is null)
            errors["provider"] = text("ProviderRequired");
        if (MissesMandatory && string.IsNullOrWhiteSpace(IncompleteReason))
            errors["incomplete"] = text("IncompleteReasonRequired");
        foreach (var line in Checklist.Where(l => l.Received && l.Sheets < 1))
            errors["sheets"] = text("SheetsAtLeastOne");
        if (Kind == ApplicantKind.Person)
        {
            Require("lastName", LastName);
            Require("firstName", FirstName);
            if (!string.IsNullOrWhiteSpace(TaxNumber) && !Domain.Identification.TaxNumber.TryParse(TaxNumber, out _))
                errors["taxNumber"] = text("TaxNumberInvalid");
        }
        else
        {
            if (!Domain.Identification.EdrpouCode.TryParse(Edrpou, out _))
                errors["edrpou"] = text("EdrpouInvalid");
            Require("organisationName", OrganisationName);
            Require("representativeLastName", RepresentativeLastName);
            Require("representativeFirstName", RepresentativeFirstName);
            Require("representativeAuthority", RepresentativeAuthority);
        }
        if (!string.IsNullOrWhiteSpace(Phone) && !PhoneNumber.TryParse(Phone, out _))
            errors["phone"] = text("PhoneInvalid");
        if (!string.IsNullOrWhiteSpace(Email) && !EmailAddress.TryParse(Email, out _))
            errors["email"] = text("EmailInvalid");
        if (SmsConsent && string.IsNullOrWhiteSpace(Phone))
            errors["phone"] = text("PhoneForSms");
        if (EmailConsent && string.IsNullOrWhiteSpace(Email))
            errors["email"] = text("EmailForConsent");
        if (Scans.Any(s => s.Document is null || !Checklist.Any(l => l.Received && l.Name == s.Document)))
            errors["scans"] = text("ScanWithoutDocument");
        else if (Scans.GroupBy(s => s.Document).Any(g => g.Count() > 1))
            errors["scans"] = text("OneScanPerDocument");
        var address = new[] { PostalCode, Settlement, Street };
        if (address.Any(p => !string.IsNullOrWhiteSpace(p)) && address.Any(string.IsNullOrWhiteSpace))
            errors["address"] = text("AddressIncomplete");
        return errors;
    }

    public Applicant ToApplicant()
    {
        var phone = string.IsNullOrWhiteSpace(Phone) ? null : PhoneNumber.Parse(Phone);
        var email = string.IsNullOrWhiteSpace(Email) ? null : EmailAddress.Parse(Email);
        var address = string.IsNullOrWhiteSpace(Street) ? null : new PostalAddress(PostalCode!.Trim(), Settlement!.Trim(), Street.Trim());
        if (Kind == ApplicantKind.Person)
            return Applicant.Person(new PersonName(LastName!.Trim(), FirstName!.Trim(), Blank(Patronymic)),
                string.IsNullOrWhiteSpace(TaxNumber) ? null : Domain.Identification.TaxNumber.Parse(TaxNumber), phone, email, address);
        var representative = new Representative(
            new PersonName(RepresentativeLastName!.Trim(), RepresentativeFirstName!.Trim(), Blank(RepresentativePatronymic)), RepresentativeAuthority!);
        return Applicant.LegalEntity(EdrpouCode.Parse(Edrpou), OrganisationName!, representative, phone, email, address);
    }

    /// <summary>The documents ticked as received, each with the scans put against it (in their order).</summary>
    public IReadOnlyList<(ChecklistLine Line, IReadOnlyList<ScanLine> Scans)> Received() =>
        Checklist.Where(l => l.Received).Select(l => (l, (IReadOnlyList<ScanLine>)Scans.Where(s => s.Document == l.Name).ToList())).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class ChecklistLine(string name, DocumentForm form, bool isMandatory, string? requirements)
{
    public string Name { get; } = name;
    public DocumentForm Form { get; set; } = form;
    public bool IsMandatory { get; } = isMandatory;
    public string? Requirements { get; } = requirements;
    public bool Received { get; set; }
    public int Sheets { get; set; } = 1;
    public int Copies { get; set; } = 1;
}

/// <summary>A scan held in memory until registration; <see cref="Document"/> names the checklist line it belongs to.</summary>
public sealed class ScanLine(string fileName, byte[] content)
{
    public Guid Id { get; } = Guid.NewGuid();
    public string FileName { get; } = fileName;
    public byte[] Content { get; } = content;
    public string? Document { get; set; }
}
