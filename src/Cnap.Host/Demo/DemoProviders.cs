using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;
using Cnap.Domain.Providers;
using Cnap.Host.Catalogue.Seed;

namespace Cnap.Host.Demo;

/// <summary>
/// Eight providers of the demo region with their units and officers. The bodies are modelled on real ones; their
/// EDRPOU codes are invented (99…, with correct check digits) and the officers are fictional. Unit codes are the role
/// codes technological cards address (docs/activities.md).
/// </summary>
internal static class DemoProviders
{
    public const string DniproExecutive = "DNIPRO_EXECUTIVE";
    public const string KamianskeExecutive = "KAMIANSKE_EXECUTIVE";
    public const string DniproAdministrative = "DNIPRO_ADMINISTRATIVE";
    public const string DniproBusinessRegistration = "DNIPRO_BUSINESS_REGISTRATION";
    public const string Migration = "MIGRATION";
    public const string Justice = "JUSTICE";
    public const string Cadastre = "CADASTRE";
    public const string DniproSocial = "DNIPRO_SOCIAL";

    public sealed record UnitSeed(string Code, string Name, string Officer, string Position);

    public sealed record ProviderSeed(string Key, string Edrpou, string Name, string ShortName, ProviderKind Kind, string Phone, UnitSeed[] Units)
    {
        public Guid Id => SeedIds.For("provider", Key);

        public Guid UnitId(string code) => SeedIds.For("unit", $"{Key}/{code}");

        public Provider Build(Guid regionId)
        {
            var provider = new Provider(Id, EdrpouCode.Parse(Edrpou), Name, Kind, regionId);
            provider.SetContacts(ShortName, null, PhoneNumber.Parse(Phone), EmailAddress.Parse($"{Key.ToLowerInvariant().Replace('_', '-')}@provider-demo.example"));
            return provider;
        }

        public IEnumerable<ProviderUnit> BuildUnits() => Units.Select(u => new ProviderUnit(UnitId(u.Code), Id, u.Name, u.Code));

        public IEnumerable<ProviderOfficer> BuildOfficers() => Units.Select(u =>
        {
            var parts = u.Officer.Split(' ');
            return new ProviderOfficer(SeedIds.For("officer", $"{Key}/{u.Code}"), Id, UnitId(u.Code), new PersonName(parts[0], parts[1], parts[2]), u.Position);
        });
    }

    private static readonly UnitSeed[] CouncilDepartments =
    [
        new("ADVERTISING", "Управління з питань реклами", "Ткаченко Андрій Миколайович", "Начальник управління"),
        new("ARCHITECTURE", "Департамент містобудування та архітектури", "Мельник Оксана Петрівна", "Головний архітектор"),
        new("HERITAGE", "Управління охорони культурної спадщини", "Кравчук Ірина Василівна", "Головний спеціаліст"),
        new("UTILITIES", "Департамент житлово-комунального господарства", "Олійник Сергій Іванович", "Заступник директора"),
        new("ECOLOGY", "Управління екології та охорони природних ресурсів", "Шевчук Наталія Олегівна", "Начальник відділу"),
        new("GREEN_COMMISSION", "Комісія з обстеження зелених насаджень", "Поліщук Віктор Степанович", "Голова комісії"),
        new("EXECUTIVE", "Секретаріат виконавчого комітету", "Бондаренко Людмила Іванівна", "Керуюча справами"),
        new("LAND", "Департамент земельних ресурсів", "Коваль Дмитро Анатолійович", "Директор департаменту"),
    ];

    public static readonly ProviderSeed[] All =
    [
        new(DniproExecutive, "99000011", "Виконавчий комітет Дніпровської міської ради", "Виконком ДМР", ProviderKind.LocalGovernment,
            "0560000110", CouncilDepartments),
        new(KamianskeExecutive, "99000028", "Виконавчий комітет Кам'янської міської ради", "Виконком КМР", ProviderKind.LocalGovernment,
            "0569000120",
            [
                .. CouncilDepartments.Select(u => u with { Officer = KamianskeOfficer(u.Code) }),
                new("REGISTRATION", "Відділ реєстрації місця проживання", "Гончаренко Тетяна Юріївна", "Начальник відділу"),
                new("REGISTRAR", "Відділ державної реєстрації", "Савченко Олег Петрович", "Державний реєстратор"),
                new("SOCIAL", "Управління соціального захисту населення", "Руденко Галина Миколаївна", "Начальник управління"),
            ]),
        new(DniproAdministrative, "99000034", "Департамент адміністративних послуг та дозвільних процедур Дніпровської міської ради",
            "ДАП ДМР", ProviderKind.LocalGovernment, "0560000130",
            [
                new("REGISTRATION", "Управління реєстрації місця проживання", "Лисенко Марина Сергіївна", "Начальник управління"),
                new("REGISTRAR", "Відділ державної реєстрації речових прав на нерухоме майно", "Марченко Юрій Володимирович", "Державний реєстратор"),
            ]),
        new(DniproBusinessRegistration, "99000040", "Управління державної реєстрації юридичних осіб та фізичних осіб — підприємців Дніпровської міської ради",
            "Реєстрація бізнесу ДМР", ProviderKind.LocalGovernment, "0560000140",
            [new("REGISTRAR", "Відділ державних реєстраторів", "Кузьменко Ольга Віталіївна", "Державний реєстратор")]),
        new(Migration, "99000057", "Головне управління Державної міграційної служби України в Дніпропетровській області",
            "ГУ ДМС у Дніпропетровській обл.", ProviderKind.StateBody, "0560000150",
            [new("DOCUMENTS", "Відділ оформлення та видачі документів", "Ковальчук Роман Олександрович", "Начальник відділу")]),
        new(Justice, "99000063", "Південно-Східне міжрегіональне управління Міністерства юстиції (м. Дніпро)",
            "ПС МРУ Мін'юсту", ProviderKind.StateBody, "0560000160",
            [new("CIVIL", "Відділ державної реєстрації актів цивільного стану", "Павленко Світлана Ігорівна", "Начальник відділу")]),
        new(Cadastre, "99000075", "Головне управління Держгеокадастру у Дніпропетровській області",
            "ГУ Держгеокадастру", ProviderKind.StateBody, "0560000170",
            [new("CADASTRE", "Відділ ведення Державного земельного кадастру", "Білоус Максим Юрійович", "Державний кадастровий реєстратор")]),
        new(DniproSocial, "99000086", "Департамент соціальної політики Дніпровської міської ради",
            "Департамент соцполітики ДМР", ProviderKind.LocalGovernment, "0560000180",
            [new("SOCIAL", "Управління призначення соціальних допомог", "Сидоренко Валентина Петрівна", "Начальник управління")]),
    ];

    public static ProviderSeed Get(string key) => All.Single(p => p.Key == key);

    private static string KamianskeOfficer(string unit) => unit switch
    {
        "ADVERTISING" => "Клименко Юлія Андріївна",
        "ARCHITECTURE" => "Захарченко Петро Ігорович",
        "HERITAGE" => "Литвиненко Олена Сергіївна",
        "UTILITIES" => "Антоненко Василь Петрович",
        "ECOLOGY" => "Мороз Ганна Степанівна",
        "GREEN_COMMISSION" => "Кириленко Іван Олексійович",
        "EXECUTIVE" => "Тарасенко Лариса Михайлівна",
        _ => "Гордієнко Степан Іванович",
    };
}
