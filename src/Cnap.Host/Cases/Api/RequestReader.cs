using Cnap.Domain;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;
using Cnap.Domain.ProviderTasks;

namespace Cnap.Host.Cases.Api;

/// <summary>
/// Reads request fields into domain values, collecting every problem by field so one 400 lists them all. The domain's
/// own rules (checksums, required contacts) speak through their messages.
/// </summary>
public sealed class RequestReader
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public IDictionary<string, string[]> Errors => errors;

    public bool IsValid => errors.Count == 0;

    public T Enum<T>(string field, string? value) where T : struct, System.Enum
    {
        // By name only: Enum.TryParse also takes numbers and comma-separated combinations ("Counter, Online").
        if (System.Enum.GetNames<T>().FirstOrDefault(n => n.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name)
            return System.Enum.Parse<T>(name);
        Fail(field, $"«{value}» is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return default;
    }

    public T Enum<T>(string field, string? value, T fallback) where T : struct, System.Enum =>
        string.IsNullOrWhiteSpace(value) ? fallback : Enum<T>(field, value);

    public string Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            Fail(field, "Required.");
        else if (PlainText.Problem(value) is { } problem)
            Fail(field, "The text " + problem);
        return value?.Trim() ?? "";
    }

    /// <summary>Deepest page a list serves: past it the row offset would not fit the database's integer.</summary>
    public const int MaxPage = 100_000;

    /// <summary>A list's page (1 to <see cref="MaxPage"/>) and size (1 to 500).</summary>
    public (int Page, int PageSize) Paging(int? page, int? pageSize)
    {
        if (page is < 1 or > MaxPage)
            Fail("page", $"A page from 1 to {MaxPage}.");
        if (pageSize is < 1 or > 500)
            Fail("pageSize", "A page size from 1 to 500.");
        return (page ?? 1, pageSize ?? 50);
    }

    public T? Try<T>(string field, Func<T> read) where T : class
    {
        try
        {
            return read();
        }
        catch (DomainException e)
        {
            Fail(field, e.Message);
            return null;
        }
    }

    public Applicant? Applicant(ApplicantRequest? request)
    {
        if (request is null)
        {
            Fail("applicant", "Required.");
            return null;
        }
        var kind = Enum("applicant.kind", request.Kind, ApplicantKind.Person);
        var phone = request.Phone is null ? null : Try("applicant.phone", () => PhoneNumber.Parse(request.Phone));
        var email = request.Email is null ? null : Try("applicant.email", () => EmailAddress.Parse(request.Email));
        var address = request.Address is { } a ? Try("applicant.address", () => new PostalAddress(a.PostalCode ?? "", a.Settlement ?? "", a.Street ?? "", a.Region)) : null;
        var representative = request.Representative is { } r
            ? Try("applicant.representative", () => new Representative(new PersonName(r.LastName ?? "", r.FirstName ?? "", r.Patronymic), r.Authority ?? ""))
            : null;
        if (kind == ApplicantKind.LegalEntity)
        {
            var edrpou = Try("applicant.edrpou", () => EdrpouCode.Parse(request.Edrpou));
            return edrpou is null ? null : Try("applicant", () => Domain.Cases.Applicant.LegalEntity(edrpou, request.OrganisationName ?? "", representative!, phone, email, address));
        }
        var name = Try("applicant", () => new PersonName(request.LastName ?? "", request.FirstName ?? "", request.Patronymic));
        var tax = string.IsNullOrWhiteSpace(request.TaxNumber) ? null : Try("applicant.taxNumber", () => TaxNumber.Parse(request.TaxNumber));
        return name is null ? null : Domain.Cases.Applicant.Person(name, tax, phone, email, address, representative);
    }

    public IReadOnlyList<SubmittedDocument> Documents(string field, IReadOnlyList<DocumentRequest>? documents) =>
        (documents ?? []).Select((d, i) => new SubmittedDocument(
            Required($"{field}[{i}].title", d.Title), Enum($"{field}[{i}].form", d.Form, DocumentForm.Original), d.Sheets, d.Copies)).ToList();

    public ResultDocument? Result(ResultDocumentRequest? request) =>
        request is null ? null : Try("result", () => new ResultDocument(request.Title ?? "", request.Number, request.IssuedOn, request.FileId));

    public IReadOnlyList<TaskAttachment> Attachments(IReadOnlyList<AttachmentRequest>? attachments) =>
        (attachments ?? []).Select((a, i) => Try($"attachments[{i}]", () => new TaskAttachment(a.Title ?? "", a.FileId ?? ""))).OfType<TaskAttachment>().ToList();

    public void Fail(string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
}
