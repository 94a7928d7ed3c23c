namespace Cnap.Domain.Cases;

/// <summary>Who did something: a staff account, an officer, the applicant, or the workflow itself.</summary>
public sealed record Actor
{
    public Actor(string id, string name)
    {
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
            throw new DomainException("An actor needs an id and a name.");
        Id = id.Trim();
        Name = name.Trim();
    }

    public static Actor Workflow { get; } = new("system:workflow", "Технологічна картка");

    public string Id { get; private init; }

    public string Name { get; private init; }
}
