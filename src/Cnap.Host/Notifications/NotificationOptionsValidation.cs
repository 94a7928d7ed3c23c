using Cnap.Host.Notifications.Email;
using Cnap.Host.Notifications.Sms;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Notifications;

/// <summary>A real gateway switched on without its settings fails the start, naming the missing key.</summary>
internal sealed class NotificationOptionsValidation : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var missing = new List<string>();
        if (options.Sms.Gateway == SmsGatewayKind.Http)
        {
            if (!Uri.TryCreate(options.Sms.BaseUrl, UriKind.Absolute, out _))
                missing.Add("Notifications:Sms:BaseUrl (an absolute URL)");
            Require(options.Sms.Token, "Notifications:Sms:Token", missing);
            Require(options.Sms.Sender, "Notifications:Sms:Sender", missing);
            Require(options.Sms.CallbackSecret, "Notifications:Sms:CallbackSecret", missing);
        }
        if (options.Email.Transport == EmailTransportKind.Smtp)
        {
            Require(options.Email.Host, "Notifications:Email:Host", missing);
            if (!Cnap.Domain.Contacts.EmailAddress.TryParse(options.Email.From, out _))
                missing.Add("Notifications:Email:From (an e-mail address)");
            if (!CertificatePin.IsWellFormed(options.Email.TrustedCertificateThumbprint))
                missing.Add("Notifications:Email:TrustedCertificateThumbprint (40 or 64 hex digits)");
        }
        if (options.Sms.ReceiptWait <= TimeSpan.Zero || options.Sms.StatusQueryInterval <= TimeSpan.Zero)
            missing.Add("Notifications:Sms:ReceiptWait and StatusQueryInterval (positive)");
        if (options.Dispatcher.PollInterval <= TimeSpan.Zero || options.Dispatcher.Lease <= TimeSpan.Zero)
            missing.Add("Notifications:Dispatcher:PollInterval and Lease (positive)");
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail($"Missing or invalid: {string.Join(", ", missing)}");
    }

    private static void Require(string? value, string key, List<string> missing)
    {
        if (string.IsNullOrWhiteSpace(value))
            missing.Add(key);
    }
}
