namespace Cnap.Host.Identity;

public sealed class CnapIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>Staff must sign in with a TOTP code. Unset means: required everywhere but Development.</summary>
    public bool? RequireStaffTwoFactor { get; set; }

    /// <summary>Session cookies only over HTTPS. Unset means: everywhere but Development (a TLS proxy must forward the scheme).</summary>
    public bool? SecureCookies { get; set; }

    public int MinimumPasswordLength { get; set; } = 12;

    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A session with no request for this long ends.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in however active it is.</summary>
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(10);

    /// <summary>How soon a disabled user's open sessions end: the security stamp is re-read at this interval.</summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    public EIdentificationOptions EIdentification { get; set; } = new();
}
