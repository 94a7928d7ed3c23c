namespace Cnap.Host.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Cnap";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public bool MigrateOnStartup { get; set; } = true;
    public bool SeedDemoData { get; set; }
}
