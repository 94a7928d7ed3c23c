using System.Security.Cryptography;

namespace Cnap.Host.Queue.Booking;

/// <summary>
/// A booked visit: one seat of one slot. The seat number is part of a unique key (group, date, time, seat), so two
/// people can never hold the same seat, whatever the database or the number of nodes; cancelling gives the seat up.
/// </summary>
public sealed class Appointment
{
    private const string CodeAlphabet = "ABCEHKMPTX23456789";

    private Appointment() { }

    public Appointment(Guid centreId, Guid serviceGroupId, Guid serviceId, DateOnly date, TimeOnly start, DateTimeOffset startsAt, int seat,
        string phone, string name, string? bookedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        CentreId = centreId;
        ServiceGroupId = serviceGroupId;
        ServiceId = serviceId;
        Date = date;
        Start = start;
        StartsAt = startsAt;
        Seat = seat;
        Phone = phone;
        Name = name;
        BookedBy = bookedBy;
        CreatedAt = now;
        Code = NewCode();
        ManageToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
    }

    public Guid Id { get; private set; }

    public Guid CentreId { get; private set; }

    public Guid ServiceGroupId { get; private set; }

    public Guid ServiceId { get; private set; }

    public DateOnly Date { get; private set; }

    public TimeOnly Start { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    /// <summary>Null once cancelled: the seat is free for someone else.</summary>
    public int? Seat { get; private set; }

    /// <summary>Shown to the citizen and typed at the kiosk (8 characters that cannot be mistaken for each other).</summary>
    public string Code { get; private set; } = "";

    /// <summary>The secret in the cancel/change link; the code alone does not let anyone cancel.</summary>
    public string ManageToken { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>The staff member who booked for a caller; null for a citizen's own booking.</summary>
    public string? BookedBy { get; private set; }

    public AppointmentStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public DateTimeOffset? ReminderQueuedAt { get; private set; }

    public void Cancel(DateTimeOffset now)
    {
        if (Status != AppointmentStatus.Booked)
            throw new QueueRefusal(RefusalReason.AlreadyCancelled, $"Appointment {Code} is {Status}: it cannot be cancelled.");
        Status = AppointmentStatus.Cancelled;
        Seat = null;
        CancelledAt = now;
    }

    public void CheckIn()
    {
        if (Status != AppointmentStatus.Booked)
            throw new QueueRefusal(RefusalReason.AlreadyCancelled, $"Appointment {Code} is {Status}: it cannot be checked in.");
        Status = AppointmentStatus.CheckedIn;
    }

    public void Close(AppointmentStatus outcome) => Status = outcome;

    public void ReminderQueued(DateTimeOffset now) => ReminderQueuedAt = now;

    private static string NewCode() =>
        string.Create(8, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
                chars[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        });
}
