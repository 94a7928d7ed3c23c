namespace Cnap.Domain.Cases;

/// <summary>What can be done to a case; <see cref="CaseTransitions"/> says in which statuses.</summary>
public enum CaseAction
{
    SendToProvider,
    RequestClarification,
    ProvideClarification,
    RecordGrant,
    RecordRefusal,
    ApplySilentConsent,
    RecordDecisionSent,
    Issue,
    MarkUnclaimed,
    Withdraw,
    Cancel,
    SetStatusText,
    AttachDocument,
    RecordPayment,
}
