namespace Cnap.Domain.Notifications;

/// <summary>
/// The Liquid text sent for one event over one channel. Whether the text parses and fits the SMS limit is checked by
/// the host (which owns the template engine) before <see cref="Edit"/> is called.
/// </summary>
public sealed class NotificationTemplate
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 4000;

    private NotificationTemplate() { }

    public Guid Id { get; private set; }

    public NotificationEvent Event { get; private set; }

    public NotificationChannel Channel { get; private set; }

    /// <summary>E-mail only; Liquid too.</summary>
    public string? Subject { get; private set; }

    public string Body { get; private set; } = "";

    /// <summary>A switched-off template sends nothing for its event.</summary>
    public bool IsEnabled { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; } = "";

    public int Version { get; private set; }

    public static NotificationTemplate Create(
        NotificationEvent @event, NotificationChannel channel, string? subject, string body, DateTimeOffset now, string by)
    {
        var template = new NotificationTemplate { Id = Guid.CreateVersion7(now), Event = @event, Channel = channel, IsEnabled = true };
        template.Edit(subject, body, true, now, by);
        return template;
    }

    public void Edit(string? subject, string body, bool enabled, DateTimeOffset now, string by)
    {
        if (string.IsNullOrWhiteSpace(body))
            throw new DomainException("The template text is empty.");
        if (body.Length > MaxBodyLength)
            throw new DomainException($"The template text is longer than {MaxBodyLength} characters.");
        if (Channel == NotificationChannel.Email && string.IsNullOrWhiteSpace(subject))
            throw new DomainException("An e-mail template needs a subject.");
        if (subject?.Length > MaxSubjectLength)
            throw new DomainException($"The subject is longer than {MaxSubjectLength} characters.");
        Subject = Channel == NotificationChannel.Email ? subject!.Trim() : null;
        Body = body.Trim();
        IsEnabled = enabled;
        UpdatedAt = now;
        UpdatedBy = by;
        Version++;
    }
}
