namespace Cnap.Host.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Cnap";

    /// <summary>The provider itself is read by <see cref="DatabaseSettings"/>, which reports a bad value instead of throwing.</summary>
    public bool MigrateOnStartup { get; set; } = true;
    public bool SeedDemoData { get; set; }
}
