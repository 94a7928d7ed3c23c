namespace Cnap.Host.Queue.Setup;

/// <summary>A day a centre takes no bookings although its calendar says it works (a training day, a power cut).</summary>
public sealed class QueueClosedDay
{
    private QueueClosedDay() { }

    public QueueClosedDay(Guid id, Guid centreId, DateOnly date, string reason)
    {
        Id = id;
        CentreId = centreId;
        Date = date;
        Reason = string.IsNullOrWhiteSpace(reason) ? "—" : reason.Trim();
    }

    public Guid Id { get; private set; }

    public Guid CentreId { get; private set; }

    public DateOnly Date { get; private set; }

    public string Reason { get; private set; } = "";
}
