using Cnap.Domain.Contacts;

namespace Cnap.Domain.Organisations;

/// <summary>A remote workplace (віддалене робоче місце) of a centre, usually in a village of the community.</summary>
public sealed class RemoteWorkplace
{
    private RemoteWorkplace() { }

    public RemoteWorkplace(Guid id, string name, PostalAddress address, string schedule)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("A remote workplace needs a name.");
        Id = id;
        Name = name.Trim();
        Address = address;
        Schedule = schedule.Trim();
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public PostalAddress Address { get; private set; } = null!;

    /// <summary>Remote workplaces often keep a few hours a week, said in words ("вівторок, четвер 9:00–13:00").</summary>
    public string Schedule { get; private set; } = "";
}
