namespace Cnap.Host.Notifications.Outbox;

/// <summary>
/// Who is told and by which channels they agreed to be told. Phone and e-mail are taken as typed; the outbox
/// normalises the phone to +380 and records an unusable one as a failed entry instead of losing the notice.
/// </summary>
public sealed record NotificationRecipient(string? Phone, string? Email, bool SmsConsent, bool EmailConsent, Guid? CaseId = null);
