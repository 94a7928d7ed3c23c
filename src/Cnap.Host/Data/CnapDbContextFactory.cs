using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Data;

/// <summary>Hands out the provider's context under the common <see cref="CnapDbContext"/> type.</summary>
internal sealed class CnapDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<CnapDbContext>
    where TContext : CnapDbContext
{
    public CnapDbContext CreateDbContext() => inner.CreateDbContext();
}
