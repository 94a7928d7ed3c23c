namespace Cnap.Domain.Cases;

/// <summary>The fixed statuses every case moves through; services only rename them for display (<see cref="Catalogue.StatusLabel"/>).</summary>
public enum CaseStatus
{
    /// <summary>Registered at the centre with its inventory; not yet with the provider.</summary>
    Registered,

    /// <summary>With the provider (or its units agreeing and approving).</summary>
    InReview,

    /// <summary>Left without motion: the clock is stopped until the applicant clarifies.</summary>
    AwaitingClarification,

    /// <summary>The decision (result or refusal) is back at the centre, waiting to be handed over.</summary>
    ReadyForIssue,

    Issued,

    /// <summary>Not collected within the storage period; archived or returned to the provider.</summary>
    Unclaimed,

    /// <summary>A permit deemed granted by silent consent: no answer was issued or sent in time.</summary>
    DeemedGranted,

    /// <summary>The applicant withdrew the application.</summary>
    Withdrawn,

    /// <summary>Annulled by the centre before it reached the provider (registered in error).</summary>
    Cancelled,
}
