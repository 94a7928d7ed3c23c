namespace Cnap.Domain.Cases;

public sealed partial class Case
{
    /// <summary>The decision was dispatched (posted, e-mailed) before or without the applicant coming for it.</summary>
    public void RecordDecisionSent(TimeProvider clock, Actor by)
    {
        Guard(CaseAction.RecordDecisionSent);
        if (Decision!.SentAt is not null)
            throw new DomainException($"The decision on case {JournalNumber} was already sent on {Decision.SentAt:u}.");
        var now = clock.Now();
        Decision.MarkSent(now);
        Record(now, CaseEvent.DecisionSent, by);
    }

    public void Issue(ResultDelivery method, string receivedBy, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.Issue);
        var now = clock.Now();
        Issuance = new Issuance(now, method, receivedBy, by);
        Decision!.MarkSent(now);
        MoveTo(CaseStatus.Issued, now);
        Record(now, CaseEvent.Issued, by, receivedBy);
    }

    /// <summary>The storage period (a setting) passed without the applicant coming; the result is archived or returned.</summary>
    public void MarkUnclaimed(TimeProvider clock, Actor by)
    {
        Guard(CaseAction.MarkUnclaimed);
        var now = clock.Now();
        MoveTo(CaseStatus.Unclaimed, now);
        Record(now, CaseEvent.Unclaimed, by);
    }

    public void Withdraw(string reason, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.Withdraw);
        RequireReason(reason, "withdrawal");
        var now = clock.Now();
        EndOpenSuspension(now, null);
        MoveTo(CaseStatus.Withdrawn, now);
        Record(now, CaseEvent.Withdrawn, by, reason.Trim());
    }

    public void Cancel(string reason, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.Cancel);
        RequireReason(reason, "cancellation");
        var now = clock.Now();
        MoveTo(CaseStatus.Cancelled, now);
        Record(now, CaseEvent.Cancelled, by, reason.Trim());
    }

    private void RequireReason(string reason, string what)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException($"The {what} of case {JournalNumber} needs a reason.");
    }
}
