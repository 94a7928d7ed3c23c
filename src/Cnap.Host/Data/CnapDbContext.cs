using Cnap.Host.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Cnap.Workflows.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cnap.Host.Data;

/// <summary>
/// The one context of the application. Provider-specific subclasses exist only so that each provider keeps its
/// own migrations; code depends on this type.
/// </summary>
public abstract class CnapDbContext(DbContextOptions options) : IdentityDbContext<CnapUser>(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CnapDbContext).Assembly);
        modelBuilder.ApplyWorkflowModel(this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
    }
}

public sealed class SqliteCnapDbContext(DbContextOptions<SqliteCnapDbContext> options) : CnapDbContext(options);

public sealed class PostgresCnapDbContext(DbContextOptions<PostgresCnapDbContext> options) : CnapDbContext(options);
