namespace Cnap.Host.Cases.Issuance.Reminders;

/// <summary>A reminder sent to an applicant whose result waits at the centre; the n-th for the case.</summary>
public sealed class UnclaimedResultReminder
{
    public Guid CaseId { get; set; }

    public int Number { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
