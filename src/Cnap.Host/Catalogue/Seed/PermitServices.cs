using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using static Cnap.Host.Catalogue.Seed.Texts;

namespace Cnap.Host.Catalogue.Seed;

internal static class PermitServices
{
    private static readonly LegalAct AdvertisingLaw = new("Закон України «Про рекламу» від 03.07.1996 № 270/96-ВР", "ст. 16");

    private static readonly LegalAct AdvertisingRules = new(
        "Типові правила розміщення зовнішньої реклами, затверджені постановою Кабінету Міністрів України від 29.12.2003 № 2067");

    private static readonly LegalAct LandscapingLaw = new("Закон України «Про благоустрій населених пунктів» від 06.09.2005 № 2807-IV");

    private const string PermitRefusal = "ч. 7 ст. 4-1 Закону України «Про дозвільну систему у сфері господарської діяльності»";

    private static readonly RefusalGround[] PermitGrounds =
    [
        Incomplete(PermitRefusal),
        FalseData(PermitRefusal),
        new("NEGATIVE_OPINION", "Негативний висновок за результатами проведених експертиз, обстежень або погоджень", PermitRefusal),
    ];

    private static readonly RequiredDocument[] AdvertisingDocuments =
    [
        Application, RepresentativeAuthority,
        new("Фотокартка або комп'ютерний макет місця (не менше 6 × 9 см), на якому планується розташування рекламного засобу", DocumentForm.Original),
        new("Ескіз рекламного засобу з конструктивним рішенням", DocumentForm.Original),
    ];

    private static ServiceSeed Advertising(string code, string? registerCode, string name, string description, string result, DeadlineTerm term, bool silentConsent) =>
        new(code, registerCode, name, Categories.Permits, Audience.Business, description, AdvertisingDocuments, result,
            [AdministrativeServicesLaw, PermitSystemLaw, AdvertisingLaw, AdvertisingRules],
            [VariantSeed.Normal(term)], PermitGrounds)
        {
            SilentConsent = silentConsent,
            Labels = [(CaseStatus.InReview, "Дозвіл на погодженні")],
        };

    public static IEnumerable<ServiceSeed> All() =>
    [
        Advertising("outdoor-advertising-permit", "01117", "Видача дозволу на розміщення зовнішньої реклами",
            "Дозвіл на розміщення рекламного засобу в межах населеного пункту; погоджують управління архітектури, охорони культурної спадщини та ЖКГ.",
            "Дозвіл на розміщення зовнішньої реклами або письмова відмова.", DeadlineTerm.WorkingDays(10), silentConsent: true),
        Advertising("outdoor-advertising-reissue", null, "Переоформлення дозволу на розміщення зовнішньої реклами",
            "Переоформлення дозволу у разі зміни розповсюджувача або інших відомостей дозволу.",
            "Переоформлений дозвіл або письмова відмова.", DeadlineTerm.WorkingDays(2), silentConsent: false),
        Advertising("outdoor-advertising-duplicate", null, "Видача дубліката дозволу на розміщення зовнішньої реклами",
            "Дублікат втраченого або пошкодженого дозволу.", "Дублікат дозволу.", DeadlineTerm.WorkingDays(2), silentConsent: false),
        Advertising("outdoor-advertising-cancel", null, "Анулювання дозволу на розміщення зовнішньої реклами",
            "Анулювання дозволу за заявою розповсюджувача зовнішньої реклами.", "Рішення про анулювання дозволу.",
            DeadlineTerm.WorkingDays(10), silentConsent: false),
        new("tree-felling-permit", null, "Видача дозволу (ордера) на видалення зелених насаджень", Categories.Permits, Audience.CitizensAndBusiness,
            "Дозвіл на видалення дерев, кущів, газонів і квітників; насадження обстежує комісія, рішення затверджує виконавчий комітет.",
            [
                Application, RepresentativeAuthority,
                new("Схема розташування зелених насаджень, що підлягають видаленню", DocumentForm.Original),
                new("Документ, що підтверджує право на земельну ділянку", DocumentForm.Copy, isMandatory: false),
            ],
            "Ордер на видалення зелених насаджень або письмова відмова.",
            [AdministrativeServicesLaw, LandscapingLaw.At("ст. 28"), new(
                "Порядок видалення дерев, кущів, газонів і квітників у населених пунктах, затверджений постановою Кабінету " +
                "Міністрів України від 01.08.2006 № 1045")],
            [VariantSeed.Normal(DeadlineTerm.CalendarDays(30))],
            [
                Incomplete("Порядок видалення дерев, кущів, газонів і квітників (постанова КМУ від 01.08.2006 № 1045)"),
                FalseData("Порядок видалення дерев, кущів, газонів і квітників (постанова КМУ від 01.08.2006 № 1045)"),
                new("PROTECTED", "Насадження належать до об'єктів природно-заповідного фонду або є цінними", "ст. 28 Закону України «Про благоустрій населених пунктів»"),
            ])
        {
            Suspension = true,
            Labels = [(CaseStatus.InReview, "На розгляді комісії з обстеження зелених насаджень")],
        },
        new("landscaping-works-permit", null, "Видача дозволу на порушення об'єктів благоустрою", Categories.Permits, Audience.CitizensAndBusiness,
            "Дозвіл на земляні та ремонтні роботи, що порушують об'єкти благоустрою (розкопування, прокладання мереж).",
            [
                Application, RepresentativeAuthority,
                new("Графік виконання робіт і схема місця їх проведення", DocumentForm.Original),
                new("Гарантійний лист про відновлення об'єкта благоустрою", DocumentForm.Original),
            ],
            "Дозвіл на порушення об'єктів благоустрою або письмова відмова.",
            [AdministrativeServicesLaw, PermitSystemLaw, LandscapingLaw.At("ст. 26-1")],
            [VariantSeed.Normal(DeadlineTerm.WorkingDays(10))],
            PermitGrounds)
        {
            SilentConsent = true,
        },
    ];
}
