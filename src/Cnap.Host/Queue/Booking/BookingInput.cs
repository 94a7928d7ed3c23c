namespace Cnap.Host.Queue.Booking;

/// <summary>The contact step of the booking form, posted again (hidden) with the confirmation.</summary>
public sealed class BookingInput
{
    public string? Name { get; set; }

    public string? Phone { get; set; }
}
