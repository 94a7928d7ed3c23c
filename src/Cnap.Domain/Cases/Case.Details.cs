namespace Cnap.Domain.Cases;

public sealed partial class Case
{
    public void SetStatusText(string? text, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.SetStatusText);
        StatusText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        Record(clock.Now(), CaseEvent.StatusTextChanged, by, StatusText);
    }

    /// <summary>The applicant chose other notices (from the cabinet); a channel needs the contact it sends to.</summary>
    public void ChangeNotifications(NotificationConsent consent, TimeProvider clock, Actor by)
    {
        if (IsClosed)
            throw new DomainException($"Case {JournalNumber} is {Status}: no more notices to choose.");
        if (consent.Sms && Applicant.Phone is null)
            throw new DomainException("SMS notices need the applicant's phone number.");
        if (consent.Email && Applicant.Email is null)
            throw new DomainException("E-mail notices need the applicant's e-mail address.");
        if (consent == Notifications)
            return;
        Notifications = consent;
        Record(clock.Now(), CaseEvent.NotificationsChanged, by, $"sms={consent.Sms}, email={consent.Email}");
    }

    public void MarkInventoryPrinted(TimeProvider clock, Actor by)
    {
        if (Inventory.PrintedAt is not null)
            return;
        var now = clock.Now();
        Inventory.MarkPrinted(now);
        Record(now, CaseEvent.InventoryPrinted, by);
    }

    /// <summary>Links the case to the run of its technological card; a case runs one card once.</summary>
    public void AttachWorkflow(string instanceId, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(instanceId))
            throw new DomainException("A workflow instance id is required.");
        if (WorkflowInstanceId is not null && WorkflowInstanceId != instanceId)
            throw new DomainException($"Case {JournalNumber} already runs workflow {WorkflowInstanceId}.");
        if (WorkflowInstanceId == instanceId)
            return;
        WorkflowInstanceId = instanceId;
        Record(clock.Now(), CaseEvent.WorkflowStarted, Actor.Workflow, instanceId);
    }

    /// <summary>Scans may be attached later; they do not change the inventory, which lists paper, not files.</summary>
    public void AttachScan(Guid documentId, string fileId)
    {
        if (IsClosed)
            throw new IllegalCaseTransitionException(JournalNumber.ToString(), Status, CaseAction.AttachDocument);
        var document = documents.FirstOrDefault(d => d.Id == documentId)
            ?? throw new DomainException($"Case {JournalNumber} has no document {documentId}.");
        document.AttachScan(fileId);
        Version++;
    }

    /// <summary>The provider's result or refusal letter joins the case file; the incoming package stays as inventoried.</summary>
    public CaseDocument AddResultDocument(SubmittedDocument document, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.AttachDocument);
        var now = clock.Now();
        var added = AddDocument(document, DocumentOrigin.Result, now);
        Record(now, CaseEvent.DocumentAdded, by, added.Title);
        return added;
    }

    public void RecordPayment(decimal amount, string reference, TimeProvider clock, Actor by)
    {
        Guard(CaseAction.RecordPayment);
        var now = clock.Now();
        Payment.Record(amount, reference, now);
        Record(now, CaseEvent.PaymentRecorded, by, reference);
    }

    private CaseDocument AddDocument(SubmittedDocument document, DocumentOrigin origin, DateTimeOffset at)
    {
        var added = new CaseDocument(Guid.CreateVersion7(at), document.Title, document.Form, document.Sheets, document.Copies, origin, at, document.ScanFileId);
        documents.Add(added);
        return added;
    }
}
