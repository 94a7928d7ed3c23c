namespace Cnap.Host.RateLimiting;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts (POST) per client address per window: high, since a whole office may share one address.</summary>
    public Limit Login { get; set; } = new(100, TimeSpan.FromMinutes(5));

    /// <summary>Sign-in attempts per account and client address per window; the account's lockout is separate.</summary>
    public Limit LoginPerAccount { get; set; } = new(10, TimeSpan.FromMinutes(5));

    public Limit TrackingLookup { get; set; } = new(30, TimeSpan.FromMinutes(1));

    /// <summary>Applications sent by the public (and anything anonymous): each can text or mail a number someone typed in.</summary>
    public Limit Submission { get; set; } = new(10, TimeSpan.FromMinutes(10));

    /// <summary>
    /// The same for staff and their integrations' keys: a busy counter registers a case every few minutes, a kiosk more;
    /// this only stops a runaway script.
    /// </summary>
    public Limit StaffSubmission { get; set; } = new(120, TimeSpan.FromMinutes(10));

    /// <summary>Actions that send an SMS cost money and can harass a stranger's phone.</summary>
    public Limit Sms { get; set; } = new(3, TimeSpan.FromMinutes(15));

    public sealed record Limit(int PermitLimit, TimeSpan Window)
    {
        public Limit() : this(10, TimeSpan.FromMinutes(1)) { }
    }
}
