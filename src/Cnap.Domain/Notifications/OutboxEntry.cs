namespace Cnap.Domain.Notifications;

/// <summary>
/// One notice to one recipient over one channel, written in the same transaction as the case change that causes it and
/// then carried through its states by a dispatcher (<see cref="OutboxEntry"/>'s dispatch methods). Its id is the
/// idempotency key given to the gateway, so a resend after a crash can be recognised as the same message.
/// </summary>
public sealed partial class OutboxEntry
{
    public const int MaxRecipientLength = 254;
    public const int MaxSubjectLength = 400;

    private readonly List<DeliveryStep> steps = [];

    private OutboxEntry() { }

    public Guid Id { get; private set; }

    public NotificationChannel Channel { get; private set; }

    /// <summary>Null for a free text (a workflow's own message) rather than an event's template.</summary>
    public NotificationEvent? Event { get; private set; }

    /// <summary>+380XXXXXXXXX for SMS, an address for e-mail.</summary>
    public string Recipient { get; private set; } = "";

    /// <summary>E-mail only.</summary>
    public string? Subject { get; private set; }

    public string Body { get; private set; } = "";

    /// <summary>The case the notice is about, for the case's timeline and for consent withdrawals.</summary>
    public Guid? CaseId { get; private set; }

    /// <summary>What the applicant agreed to when the notice was written; without it the entry is skipped, not sent.</summary>
    public bool HasConsent { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Attempts whose dispatcher vanished between claiming and recording the outcome.</summary>
    public int Interruptions { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When a dispatcher may pick it up (creation, end of quiet hours, or after the back-off).</summary>
    public DateTimeOffset DueAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>Which sink took it: "log", "http", "smtp".</summary>
    public string? Gateway { get; private set; }

    public string? GatewayMessageId { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Optimistic concurrency: every change bumps it, so two writers can never both win.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<DeliveryStep> Steps => steps;

    public bool IsFinal => Status is OutboxStatus.Delivered or OutboxStatus.PermanentFailure or OutboxStatus.Skipped;

    public static OutboxEntry Create(
        NotificationChannel channel, string recipient, string? subject, string body, bool hasConsent, DateTimeOffset now,
        NotificationEvent? @event = null, Guid? caseId = null)
    {
        if (string.IsNullOrWhiteSpace(recipient))
            throw new DomainException("A notice needs a recipient.");
        if (string.IsNullOrWhiteSpace(body))
            throw new DomainException("A notice needs a text.");
        if (channel == NotificationChannel.Email && string.IsNullOrWhiteSpace(subject))
            throw new DomainException("An e-mail needs a subject.");
        var entry = new OutboxEntry
        {
            Id = Guid.CreateVersion7(now),
            Channel = channel,
            Event = @event,
            Recipient = Cut(recipient.Trim(), MaxRecipientLength),
            Subject = channel == NotificationChannel.Email ? Cut(subject!.Trim(), MaxSubjectLength) : null,
            Body = body,
            CaseId = caseId,
            HasConsent = hasConsent,
            Status = OutboxStatus.Created,
            CreatedAt = now,
            DueAt = now,
        };
        entry.Record(now, OutboxStatus.Created, "Created");
        return entry;
    }

    /// <summary>For a recipient that cannot be reached at all (a malformed number): kept, so the failure is visible.</summary>
    public static OutboxEntry Unreachable(
        NotificationChannel channel, string recipient, string? subject, string body, string reason, DateTimeOffset now,
        NotificationEvent? @event = null, Guid? caseId = null)
    {
        var entry = Create(channel, string.IsNullOrWhiteSpace(recipient) ? "—" : recipient, subject ?? "—", body, true, now, @event, caseId);
        entry.Fail(now, reason);
        return entry;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];

    private void Record(DateTimeOffset now, OutboxStatus status, string detail)
    {
        Status = status;
        UpdatedAt = now;
        Version++;
        steps.Add(new DeliveryStep(steps.Count + 1, now, status, Attempts, detail));
    }

    private void Fail(DateTimeOffset now, string reason)
    {
        LastError = reason;
        LeaseOwner = null;
        LeaseUntil = null;
        Record(now, OutboxStatus.PermanentFailure, reason);
    }
}
