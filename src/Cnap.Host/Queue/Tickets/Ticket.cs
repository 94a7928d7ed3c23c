namespace Cnap.Host.Queue.Tickets;

/// <summary>
/// A place in a centre's queue for one day: a walk-in's or a checked-in booking's. Its number is unique per group and
/// day (a unique key), so two kiosks cannot hand out the same number.
/// </summary>
public sealed class Ticket
{
    private Ticket() { }

    public Ticket(Guid centreId, Guid serviceGroupId, string letter, int number, DateOnly day, Priority priority, Guid? appointmentId,
        DateTimeOffset? dueAt, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        CentreId = centreId;
        ServiceGroupId = serviceGroupId;
        IssuedGroupId = serviceGroupId;
        Letter = letter;
        Number = number;
        Day = day;
        Priority = priority;
        AppointmentId = appointmentId;
        DueAt = dueAt;
        IssuedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid CentreId { get; private set; }

    /// <summary>The group whose windows call it now (a transfer changes it).</summary>
    public Guid ServiceGroupId { get; private set; }

    /// <summary>The group it was issued for, which keeps its letter and number unique.</summary>
    public Guid IssuedGroupId { get; private set; }

    public string Letter { get; private set; } = "";

    public int Number { get; private set; }

    public string Label => $"{Letter}-{Number:000}";

    public DateOnly Day { get; private set; }

    public Priority Priority { get; private set; }

    public Guid? AppointmentId { get; private set; }

    /// <summary>A booking's slot start: due bookings are called before everyone else.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    /// <summary>Set by a transfer to one window: only that window calls it.</summary>
    public Guid? TargetCounterId { get; private set; }

    public TicketStatus Status { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>When it went back into the queue (a transfer): waiting is counted from here for the new group.</summary>
    public DateTimeOffset? RequeuedAt { get; private set; }

    public DateTimeOffset? FirstCalledAt { get; private set; }

    public DateTimeOffset? CalledAt { get; private set; }

    public int Calls { get; private set; }

    public Guid? CounterId { get; private set; }

    public string? CounterName { get; private set; }

    public string? ServedBy { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public Guid? CaseId { get; private set; }

    public void Call(Guid counterId, string counterName, string userId, DateTimeOffset now)
    {
        if (Status != TicketStatus.Waiting)
            throw new QueueRefusal(RefusalReason.NothingWaiting, $"Ticket {Label} is {Status}: it cannot be called.");
        Status = TicketStatus.Called;
        CounterId = counterId;
        CounterName = counterName;
        ServedBy = userId;
        FirstCalledAt ??= now;
        CalledAt = now;
        Calls++;
    }

    public void Recall(DateTimeOffset now)
    {
        EnsureCalled("recalled");
        CalledAt = now;
        Calls++;
    }

    public void MarkNoShow(DateTimeOffset now)
    {
        EnsureCalled("marked as not come");
        Status = TicketStatus.NoShow;
        FinishedAt = now;
    }

    public void Finish(DateTimeOffset now)
    {
        EnsureCalled("finished");
        Status = TicketStatus.Finished;
        FinishedAt = now;
    }

    /// <summary>Back into the queue of another group, or of one window; it keeps its place by the time it was issued.</summary>
    public void Transfer(Guid groupId, Guid? counterId, DateTimeOffset now)
    {
        EnsureCalled("transferred");
        Status = TicketStatus.Waiting;
        ServiceGroupId = groupId;
        TargetCounterId = counterId;
        RequeuedAt = now;
        CounterId = null;
        CounterName = null;
    }

    public void LinkCase(Guid caseId) => CaseId = caseId;

    private void EnsureCalled(string action)
    {
        if (Status != TicketStatus.Called)
            throw new QueueRefusal(RefusalReason.NothingWaiting, $"Ticket {Label} is {Status}: it cannot be {action}.");
    }
}
