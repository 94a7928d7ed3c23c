using Cnap.Domain.Notifications;

namespace Cnap.Activities.SelectLists;

/// <summary>The events that have notification templates (edited in the Desk); a card picks whose text to send.</summary>
public sealed class NotificationEventList() : FixedList("NotificationEvent",
    nameof(NotificationEvent.CaseRegistered),
    nameof(NotificationEvent.SentToProvider),
    nameof(NotificationEvent.ClarificationRequested),
    nameof(NotificationEvent.ReadyForIssue),
    nameof(NotificationEvent.Issued),
    nameof(NotificationEvent.Refused));
