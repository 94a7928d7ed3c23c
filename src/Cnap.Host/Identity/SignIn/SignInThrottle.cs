using System.Net;
using System.Threading.RateLimiting;
using Cnap.Host.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cnap.Host.Identity.SignIn;

/// <summary>
/// Sign-in attempts per account and client address. The address-wide limit (<see cref="RateLimits.Login"/>) must stay
/// high enough for a whole office behind one NAT; this one stops guessing one account's password from one place.
/// </summary>
public sealed class SignInThrottle(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.LoginPerAccount.PermitLimit,
            Window = options.Value.LoginPerAccount.Window,
            QueueLimit = 0,
        }));

    public bool TryAttempt(string login, IPAddress? address)
    {
        using var lease = limiter.AttemptAcquire($"{login.Trim().ToUpperInvariant()}|{address}");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
