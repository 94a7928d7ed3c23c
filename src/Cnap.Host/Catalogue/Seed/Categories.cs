namespace Cnap.Host.Catalogue.Seed;

/// <summary>The headings of the standard catalogue, in display order.</summary>
internal static class Categories
{
    public const string Residence = "RESIDENCE";
    public const string CivilStatus = "CIVIL_STATUS";
    public const string Passports = "PASSPORTS";
    public const string RealEstate = "REAL_ESTATE";
    public const string Business = "BUSINESS";
    public const string Permits = "PERMITS";
    public const string UrbanPlanning = "URBAN_PLANNING";
    public const string Land = "LAND";
    public const string Social = "SOCIAL";

    public static readonly (string Code, string Name)[] All =
    [
        (Residence, "Реєстрація місця проживання"),
        (CivilStatus, "Державна реєстрація актів цивільного стану"),
        (Passports, "Паспортні документи"),
        (RealEstate, "Речові права на нерухоме майно"),
        (Business, "Реєстрація юридичних осіб і ФОП"),
        (Permits, "Документи дозвільного характеру"),
        (UrbanPlanning, "Містобудування та архітектура"),
        (Land, "Земельні відносини"),
        (Social, "Соціальний захист"),
    ];
}
