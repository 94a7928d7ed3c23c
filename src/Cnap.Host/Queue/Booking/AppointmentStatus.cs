namespace Cnap.Host.Queue.Booking;

public enum AppointmentStatus
{
    Booked,
    Cancelled,
    CheckedIn,
    NoShow,
    Served,
}
