namespace Cnap.Host.Identity.ApiKeys;

/// <summary>An integrator's key: acts as its service account (roles, memberships) limited to its scopes. Only the hash is kept.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }

    public string UserId { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The public part of the token, to find the row without scanning hashes.</summary>
    public string Prefix { get; set; } = "";

    public string SecretHash { get; set; } = "";

    /// <summary>Space-separated, as in OAuth.</summary>
    public string Scopes { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public IEnumerable<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
