namespace Cnap.Domain.Notifications;

/// <summary>What happened to a case that the applicant is told about; each has a template per channel.</summary>
public enum NotificationEvent
{
    CaseRegistered,
    SentToProvider,
    ClarificationRequested,
    ReadyForIssue,
    Issued,
    Refused,
}
