using System.Net.Mail;

namespace Cnap.Domain.Contacts;

public sealed record EmailAddress
{
    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static EmailAddress Parse(string? input) =>
        TryParse(input, out var email) ? email : throw new DomainException($"«{input}» is not an e-mail address.");

    public static bool TryParse(string? input, out EmailAddress email)
    {
        email = null!;
        var trimmed = input?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254 || trimmed.Any(char.IsWhiteSpace)
            || !MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed || !parsed.Host.Contains('.'))
            return false;
        email = new EmailAddress(trimmed);
        return true;
    }

    public override string ToString() => Value;
}
