using Cnap.Domain.Catalogue;
using Cnap.Domain.Organisations;

namespace Cnap.Domain.Cases;

/// <summary>
/// Everything the administrator collects at the counter. The legal deadline is computed by the caller from the variant's
/// term with the working-day calendar, which lives outside the case.
/// </summary>
public sealed record CaseRegistration(
    ServiceCentre Centre,
    AdministrativeService Service,
    Guid VariantId,
    Guid ProviderId,
    Applicant Applicant,
    ApplicationChannel Channel,
    IReadOnlyList<SubmittedDocument> Documents,
    ResultDelivery ResultDelivery,
    NotificationConsent Notifications,
    Actor RegisteredBy,
    DateTimeOffset LegalDeadline)
{
    /// <summary>Why the administrator accepted a package without a mandatory document; recorded with the registration.</summary>
    public string? IncompletePackageReason { get; init; }
}
