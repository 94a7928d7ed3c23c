namespace Cnap.Domain.Notifications;

public enum ClaimDecision
{
    /// <summary>Not due, or held by a live lease: leave it alone.</summary>
    NotDue,

    /// <summary>This dispatcher holds it now and must send it.</summary>
    Claimed,

    /// <summary>Quiet hours: moved to their end without an attempt.</summary>
    Deferred,

    Skipped,

    /// <summary>Sending was interrupted more often than the rules allow: failed rather than risk a third copy.</summary>
    GaveUp,
}
