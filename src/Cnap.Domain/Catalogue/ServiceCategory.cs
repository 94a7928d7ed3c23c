namespace Cnap.Domain.Catalogue;

/// <summary>A heading of the catalogue ("Реєстрація місця проживання", "Нерухомість"), in display order.</summary>
public sealed class ServiceCategory
{
    private ServiceCategory() { }

    public ServiceCategory(Guid id, string code, string name, int order)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name))
            throw new DomainException("A category needs a code and a name.");
        Id = id;
        Code = code.Trim();
        Name = name.Trim();
        Order = order;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int Order { get; private set; }
}
