using Cnap.Domain.Contacts;

namespace Cnap.Host.Identity.SignUp;

/// <summary>What a citizen signs up and signs in with: an e-mail address or a phone number, normalised.</summary>
public sealed record CitizenContact(AccountChannel Channel, string Value)
{
    public static CitizenContact? Parse(string? input)
    {
        var trimmed = input?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Contains('@'))
            return EmailAddress.TryParse(trimmed, out var email) ? new(AccountChannel.Email, email.Value.ToLowerInvariant()) : null;
        return PhoneNumber.TryParse(trimmed, out var phone) ? new(AccountChannel.Sms, phone.Value) : null;
    }

    /// <summary>The user name is the contact itself, so sign-in finds the account by what the citizen types.</summary>
    public string UserName => Value;
}
