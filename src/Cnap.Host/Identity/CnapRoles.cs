namespace Cnap.Host.Identity;

public static class CnapRoles
{
    public const string SystemAdmin = nameof(SystemAdmin);
    public const string RegionalHead = nameof(RegionalHead);
    public const string CentreHead = nameof(CentreHead);
    public const string Administrator = nameof(Administrator);
    public const string ProviderOfficer = nameof(ProviderOfficer);
    public const string ProviderHead = nameof(ProviderHead);
    public const string Methodologist = nameof(Methodologist);
    public const string Citizen = nameof(Citizen);

    public static readonly string[] All =
        [SystemAdmin, RegionalHead, CentreHead, Administrator, ProviderOfficer, ProviderHead, Methodologist, Citizen];

    public static readonly string[] Staff =
        [SystemAdmin, RegionalHead, CentreHead, Administrator, ProviderOfficer, ProviderHead, Methodologist];

    /// <summary>Heads read journals and "who accessed this case" for everything in their scope.</summary>
    public static readonly string[] Heads = [SystemAdmin, RegionalHead, CentreHead, ProviderHead];
}
