namespace Cnap.Host.Catalogue.Seed;

/// <summary>
/// The services most centres offer, with information cards, variants and refusal grounds. Register codes are given
/// only where the national register's identifier was confirmed; the rest carry the catalogue code alone.
/// </summary>
internal static class StandardCatalogue
{
    public static IReadOnlyList<ServiceSeed> Services() =>
    [
        .. ResidenceServices.All(),
        .. CivilStatusServices.All(),
        .. PassportServices.All(),
        .. RealEstateServices.All(),
        .. BusinessServices.All(),
        .. PermitServices.All(),
        .. UrbanPlanningServices.All(),
        .. LandServices.All(),
        .. SocialServices.All(),
    ];
}
