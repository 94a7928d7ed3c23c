namespace Cnap.Domain.Notifications;

/// <summary>created → sending → sent → delivered, or a failure; skipped when the applicant gave no consent or withdrew it.</summary>
public enum OutboxStatus
{
    Created,

    /// <summary>Claimed by one dispatcher under a lease; nobody else touches it until the lease ends.</summary>
    Sending,

    /// <summary>The SMS gateway accepted it and gave its id; the delivery receipt is awaited.</summary>
    Sent,

    /// <summary>Delivered per the gateway's receipt, handed to the mail server, or written to the log sink.</summary>
    Delivered,

    /// <summary>The last attempt failed in a way that may pass; the next attempt is scheduled.</summary>
    TemporaryFailure,

    PermanentFailure,

    /// <summary>Not sent on purpose (no consent, consent withdrawn, case cancelled); kept so that anyone can see why the applicant was not told.</summary>
    Skipped,
}
