namespace Cnap.Domain.Cases;

public enum CaseEvent
{
    Registered,
    InventoryPrinted,
    WorkflowStarted,
    SentToProvider,
    ClarificationRequested,
    ClarificationProvided,
    Granted,
    Refused,
    DeemedGrantedBySilentConsent,
    DecisionSent,
    Issued,
    Unclaimed,
    Withdrawn,
    Cancelled,
    StatusTextChanged,
    DocumentAdded,
    PaymentRecorded,
    NotificationsChanged,
}
