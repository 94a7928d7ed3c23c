namespace Cnap.Host.Identity.SignUp;

public enum AccountChannel
{
    Email,
    Sms,
}

/// <summary>Delivers sign-up and sign-in codes; the notification gateways replace the logging default.</summary>
public interface IAccountMessages
{
    Task SendAsync(AccountChannel channel, string to, string subject, string text, CancellationToken cancellationToken);
}
