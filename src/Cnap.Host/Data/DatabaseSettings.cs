namespace Cnap.Host.Data;

/// <summary>The resolved database choice; an invalid setting is reported by <see cref="Problem"/> instead of throwing.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string? Problem)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringKey = "ConnectionStrings:Cnap";

    public static DatabaseSettings Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var rawProvider = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(rawProvider) && !Enum.TryParse(rawProvider, ignoreCase: true, out provider))
            return new(DatabaseProvider.Sqlite, "", $"{ProviderKey} must be Sqlite or Postgres, not {rawProvider}.");

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
                return new(provider, "", $"{ConnectionStringKey} must be set to a PostgreSQL connection string when {ProviderKey} is Postgres.");
            connectionString = DefaultSqliteConnectionString(environment);
        }

        try
        {
            DatabaseSetup.ValidateConnectionString(provider, connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            return new(provider, "", $"{ConnectionStringKey} is not a valid {provider} connection string: {e.Message}");
        }
        return new(provider, connectionString, null);
    }

    private static string DefaultSqliteConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "cnap.db")}";
    }
}
