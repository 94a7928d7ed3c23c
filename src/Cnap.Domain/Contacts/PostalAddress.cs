namespace Cnap.Domain.Contacts;

public sealed record PostalAddress
{
    public PostalAddress(string postalCode, string settlement, string street, string? region = null)
    {
        if (postalCode.Length != 5 || !postalCode.All(char.IsAsciiDigit))
            throw new DomainException($"«{postalCode}» is not a Ukrainian postal code: five digits expected.");
        if (string.IsNullOrWhiteSpace(settlement) || string.IsNullOrWhiteSpace(street))
            throw new DomainException("An address needs a settlement and a street with the building.");
        PostalCode = postalCode;
        Settlement = settlement.Trim();
        Street = street.Trim();
        Region = region?.Trim();
    }

    public string PostalCode { get; private init; }

    public string Settlement { get; private init; }

    /// <summary>Street, building and office as one line: "вул. Шевченка, 12, каб. 3".</summary>
    public string Street { get; private init; }

    public string? Region { get; private init; }

    public override string ToString() =>
        string.Join(", ", new[] { PostalCode, Region, Settlement, Street }.Where(p => !string.IsNullOrEmpty(p)));
}
