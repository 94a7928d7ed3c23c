using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cnap.Host.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without starting the host (scripts/migrations.sh).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCnapDbContext>
{
    public SqliteCnapDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteCnapDbContext>();
        DatabaseSetup.ConfigureSqlite(options, "Data Source=design-time.db");
        return new SqliteCnapDbContext(options.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCnapDbContext>
{
    public PostgresCnapDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresCnapDbContext>();
        DatabaseSetup.ConfigurePostgres(options, "Host=localhost;Database=cnap_design");
        return new PostgresCnapDbContext(options.Options);
    }
}
