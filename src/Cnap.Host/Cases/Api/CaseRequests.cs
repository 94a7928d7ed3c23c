namespace Cnap.Host.Cases.Api;

/// <summary>What the API accepts; <see cref="RequestReader"/> turns it into domain values or a 400 naming each bad field.</summary>
public sealed record RegisterCaseRequest(
    Guid? CentreId,
    Guid? ServiceId,
    string? ServiceCode,
    string? Variant,
    Guid? ProviderId,
    string? Channel,
    ApplicantRequest? Applicant,
    IReadOnlyList<DocumentRequest>? Documents,
    string? ResultDelivery,
    ConsentRequest? Notifications);

public sealed record ApplicantRequest(
    string? Kind,
    string? LastName,
    string? FirstName,
    string? Patronymic,
    string? TaxNumber,
    string? Edrpou,
    string? OrganisationName,
    string? Phone,
    string? Email,
    AddressRequest? Address,
    RepresentativeRequest? Representative);

public sealed record AddressRequest(string? PostalCode, string? Settlement, string? Street, string? Region);

public sealed record RepresentativeRequest(string? LastName, string? FirstName, string? Patronymic, string? Authority);

public sealed record DocumentRequest(string? Title, string? Form, int Sheets = 1, int Copies = 1);

public sealed record ConsentRequest(bool Sms, bool Email);

public sealed record ClarificationRequest(string? Answer, IReadOnlyList<DocumentRequest>? Documents);

public sealed record IssuanceRequest(string? Method, string? ReceivedBy);

public sealed record ClosureRequest(string? Reason);

public sealed record DecisionRequest(
    string? Outcome, string? Comment, string? GroundCode, ResultDocumentRequest? Result, IReadOnlyList<AttachmentRequest>? Attachments);

public sealed record ResultDocumentRequest(string? Title, string? Number, DateOnly? IssuedOn, string? FileId);

public sealed record AttachmentRequest(string? Title, string? FileId);
