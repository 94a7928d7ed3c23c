using Cnap.Host.Data;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Identity.ApiKeys;

/// <summary>Issues keys (the token is shown once) and revokes them.</summary>
public sealed class ApiKeyIssuer(CnapDbContext db, TimeProvider clock)
{
    public async Task<(ApiKey Key, string Token)> IssueAsync(
        string userId, string name, IEnumerable<string> scopes, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var token = ApiKeyToken.New();
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserId = userId,
            Name = name.Trim(),
            Prefix = token.Prefix,
            SecretHash = token.Hash(),
            Scopes = string.Join(' ', scopes.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct()),
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = expiresAt,
        };
        db.Set<ApiKey>().Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, token.ToString());
    }

    public async Task<bool> RevokeAsync(Guid keyId, CancellationToken cancellationToken)
    {
        var key = await db.Set<ApiKey>().SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        if (key is null || key.RevokedAt is not null)
            return false;
        key.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
