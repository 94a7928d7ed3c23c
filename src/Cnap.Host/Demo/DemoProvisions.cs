using Cnap.Domain.Catalogue;
using Cnap.Host.Catalogue.Seed;
using static Cnap.Host.Demo.DemoPlaces;
using static Cnap.Host.Demo.DemoProviders;

namespace Cnap.Host.Demo;

/// <summary>
/// Who provides each standard service where in the demo region: city bodies for Dnipro and its district, the Kamianske
/// executive committee for Kamianske, state bodies for the whole region.
/// </summary>
internal static class DemoProvisions
{
    private static readonly string[] DniproLocalities = [Dnipro, Novokodatskyi];

    public static IEnumerable<(string ServiceCode, ServiceProvision Provision)> All()
    {
        foreach (var service in StandardCatalogue.Services())
            foreach (var provision in For(service))
                yield return (service.Code, provision);
    }

    private static IEnumerable<ServiceProvision> For(ServiceSeed service) => service.Category switch
    {
        Categories.Residence => Local(DniproAdministrative, "REGISTRATION", "REGISTRATION"),
        Categories.RealEstate => Local(DniproAdministrative, "REGISTRAR", "REGISTRAR"),
        Categories.Business => Local(DniproBusinessRegistration, "REGISTRAR", "REGISTRAR"),
        Categories.Social => Local(DniproSocial, "SOCIAL", "SOCIAL"),
        Categories.CivilStatus => RegionWide(Justice, "CIVIL"),
        Categories.Passports => RegionWide(Migration, "DOCUMENTS"),
        Categories.UrbanPlanning => Council("ARCHITECTURE"),
        Categories.Land when service.Code.StartsWith("land-plot-", StringComparison.Ordinal) => RegionWide(Cadastre, "CADASTRE"),
        Categories.Land => Council("LAND"),
        Categories.Permits when service.Code.StartsWith("outdoor-advertising-", StringComparison.Ordinal) => Council("ADVERTISING"),
        Categories.Permits when service.Code == "tree-felling-permit" => Council("ECOLOGY"),
        Categories.Permits => Council("UTILITIES"),
        _ => throw new InvalidOperationException($"The demo region has no provider for {service.Code}."),
    };

    /// <summary>A Dnipro city body for the city and its district; in Kamianske its executive committee's unit.</summary>
    private static IEnumerable<ServiceProvision> Local(string dniproProvider, string dniproUnit, string kamianskeUnit) =>
    [
        .. DniproLocalities.Select(place => Provision(dniproProvider, dniproUnit, place)),
        Provision(KamianskeExecutive, kamianskeUnit, Kamianske),
    ];

    private static IEnumerable<ServiceProvision> Council(string unit) => Local(DniproExecutive, unit, unit);

    private static IEnumerable<ServiceProvision> RegionWide(string provider, string unit) => [Provision(provider, unit, null)];

    private static ServiceProvision Provision(string provider, string unit, string? place)
    {
        var seed = Get(provider);
        return new ServiceProvision(seed.Id, seed.UnitId(unit), place is null ? null : Communities[place].Id);
    }
}
