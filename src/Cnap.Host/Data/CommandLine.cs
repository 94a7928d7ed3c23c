namespace Cnap.Host.Data;

public static class CommandLine
{
    /// <summary><c>Cnap.Host migrate</c> applies pending migrations and exits: production deployments run it before rolling out.</summary>
    public static bool IsMigrate(string[] args) => args.Length > 0 && string.Equals(args[0], "migrate", StringComparison.OrdinalIgnoreCase);
}
