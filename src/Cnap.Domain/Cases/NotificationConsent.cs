namespace Cnap.Domain.Cases;

/// <summary>Which notices the applicant agreed to receive about the case.</summary>
public sealed record NotificationConsent(bool Sms, bool Email)
{
    public static NotificationConsent None { get; } = new(false, false);
}
