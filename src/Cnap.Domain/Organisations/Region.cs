namespace Cnap.Domain.Organisations;

/// <summary>An oblast, or a city with districts, whose centres share one information space.</summary>
public sealed class Region
{
    private Region() { }

    public Region(Guid id, string code, string name)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name))
            throw new DomainException("A region needs a code and a name.");
        Id = id;
        Code = code.Trim();
        Name = name.Trim();
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";
}
