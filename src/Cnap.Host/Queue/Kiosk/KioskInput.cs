using Cnap.Host.Queue.Tickets;

namespace Cnap.Host.Queue.Kiosk;

/// <summary>The kiosk's one form: the group button pressed (or the booking code typed) and the priority ticked.</summary>
public sealed class KioskInput
{
    public Guid? GroupId { get; set; }

    public string? BookingCode { get; set; }

    public Priority Priority { get; set; }
}
