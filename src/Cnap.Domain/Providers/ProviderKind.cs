namespace Cnap.Domain.Providers;

public enum ProviderKind
{
    /// <summary>A state body or its territorial office: the migration service, the justice ministry, the land cadastre.</summary>
    StateBody,

    /// <summary>A council, its executive committee or a department of it.</summary>
    LocalGovernment,
}
