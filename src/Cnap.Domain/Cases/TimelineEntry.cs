namespace Cnap.Domain.Cases;

/// <summary>One line of the case's history; the UI words it from <see cref="Event"/>, details are data (a stage, a ground).</summary>
public sealed class TimelineEntry
{
    private TimelineEntry() { }

    internal TimelineEntry(Guid id, DateTimeOffset at, CaseEvent @event, CaseStatus status, Actor actor, string? details)
    {
        Id = id;
        At = at;
        Event = @event;
        Status = status;
        Actor = actor;
        Details = details;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public CaseEvent Event { get; private set; }

    /// <summary>The status after the event.</summary>
    public CaseStatus Status { get; private set; }

    public Actor Actor { get; private set; } = null!;

    public string? Details { get; private set; }
}
