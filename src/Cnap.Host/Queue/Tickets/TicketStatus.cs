namespace Cnap.Host.Queue.Tickets;

public enum TicketStatus
{
    Waiting,
    Called,
    Finished,
    NoShow,
}
