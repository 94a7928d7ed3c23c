using Cnap.Domain.Notifications;

namespace Cnap.Activities.SelectLists;

/// <summary>The events that have notification templates (edited in the Desk); a card picks whose text to send.</summary>
public sealed class NotificationEventList() : FixedList(
    (nameof(NotificationEvent.CaseRegistered), "Заяву зареєстровано"),
    (nameof(NotificationEvent.SentToProvider), "Передано суб'єкту надання"),
    (nameof(NotificationEvent.ClarificationRequested), "Потрібні уточнення"),
    (nameof(NotificationEvent.ReadyForIssue), "Результат готовий до видачі"),
    (nameof(NotificationEvent.Issued), "Результат видано"),
    (nameof(NotificationEvent.Refused), "Відмова"));
