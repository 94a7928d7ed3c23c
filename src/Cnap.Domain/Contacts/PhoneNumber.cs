namespace Cnap.Domain.Contacts;

/// <summary>A Ukrainian phone number kept as +380XXXXXXXXX, the form SMS gateways expect.</summary>
public sealed record PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    public static PhoneNumber Parse(string? input) =>
        TryParse(input, out var phone)
            ? phone
            : throw new DomainException($"«{input}» is not a Ukrainian phone number: expected +380XXXXXXXXX or 0XXXXXXXXX.");

    /// <summary>Accepts what people write: "050 123 45 67", "(050) 123-45-67", "380501234567", "+38 050 1234567".</summary>
    public static bool TryParse(string? input, out PhoneNumber phone)
    {
        phone = null!;
        if (string.IsNullOrWhiteSpace(input))
            return false;
        var trimmed = input.Trim();
        if (trimmed.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '-' or '(' or ')' or '.' or '+')) || trimmed.LastIndexOf('+') > 0)
            return false;
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        var national = digits switch
        {
            { Length: 12 } when digits.StartsWith("380", StringComparison.Ordinal) => digits[3..],
            { Length: 10 } when digits[0] == '0' => digits[1..],
            { Length: 9 } when !trimmed.StartsWith('+') => digits,
            _ => null,
        };
        if (national is null || national[0] == '0')
            return false;
        phone = new PhoneNumber("+380" + national);
        return true;
    }

    public override string ToString() => Value;
}
