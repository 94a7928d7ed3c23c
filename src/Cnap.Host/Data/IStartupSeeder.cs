namespace Cnap.Host.Data;

/// <summary>
/// Fills the database after migration. Reference data (calendar, technological cards) is seeded always;
/// demo data only when <c>Database:SeedDemoData</c> is on. Every seeder must be idempotent.
/// </summary>
public interface IStartupSeeder
{
    /// <summary>Lower runs first: reference data before the demo data that points at it.</summary>
    int Order { get; }

    bool IsDemoData { get; }

    Task SeedAsync(CnapDbContext db, CancellationToken cancellationToken);
}
