namespace Cnap.Host.Queue.Setup;

/// <summary>
/// Services a centre queues together: one letter on its tickets (<c>А-015</c>), one set of booking rules, and the
/// windows that serve it.
/// </summary>
public sealed class ServiceGroup
{
    private ServiceGroup() { }

    public ServiceGroup(Guid id, Guid centreId, string letter, string name, IEnumerable<Guid> serviceIds)
    {
        Id = id;
        CentreId = centreId;
        Change(letter, name, serviceIds);
    }

    public Guid Id { get; private set; }

    public Guid CentreId { get; private set; }

    public string Letter { get; private set; } = "";

    public string Name { get; private set; } = "";

    public List<Guid> ServiceIds { get; private set; } = [];

    public void Change(string letter, string name, IEnumerable<Guid> serviceIds)
    {
        letter = letter.Trim().ToUpperInvariant();
        if (letter.Length is < 1 or > 2 || !letter.All(char.IsLetter))
            throw new QueueRefusal(RefusalReason.InvalidSetup, $"«{letter}» is not a ticket letter: one or two letters.");
        if (string.IsNullOrWhiteSpace(name))
            throw new QueueRefusal(RefusalReason.InvalidSetup, "A service group needs a name.");
        Letter = letter;
        Name = name.Trim();
        ServiceIds = serviceIds.Distinct().ToList();
    }
}
