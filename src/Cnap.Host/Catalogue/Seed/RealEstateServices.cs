using Cnap.Domain.Calendar;
using Cnap.Domain.Cases;
using Cnap.Domain.Catalogue;
using static Cnap.Host.Catalogue.Seed.Texts;

namespace Cnap.Host.Catalogue.Seed;

internal static class RealEstateServices
{
    private static readonly LegalAct RealEstateLaw = new(
        "Закон України «Про державну реєстрацію речових прав на нерухоме майно та їх обтяжень» від 01.07.2004 № 1952-IV");

    private static readonly LegalAct RegistrationProcedure = new(
        "Порядок державної реєстрації речових прав на нерухоме майно та їх обтяжень, затверджений постановою Кабінету " +
        "Міністрів України від 25.12.2015 № 1127");

    private const string RefusalReference = "ч. 1 ст. 24 Закону України «Про державну реєстрацію речових прав на нерухоме майно та їх обтяжень»";

    private static readonly RefusalGround[] Grounds =
    [
        Incomplete(RefusalReference),
        new("NOT_REGISTRABLE", "Заявлене речове право чи обтяження не підлягає державній реєстрації", RefusalReference),
        new("CONFLICT", "Наявні суперечності між заявленими та вже зареєстрованими речовими правами", RefusalReference),
        new("ENCUMBERED", "Наявні зареєстровані обтяження, що перешкоджають реєстрації", RefusalReference),
    ];

    private static readonly RequiredDocument[] Documents =
    [
        Application, IdentityDocument, RepresentativeAuthority,
        new("Документ, що підтверджує набуття, зміну або припинення речового права (договір, свідоцтво, рішення суду)", DocumentForm.Original),
        new("Документ про сплату адміністративного збору", DocumentForm.Original, isMandatory: false, requirements: "Крім звільнених від сплати (ст. 34 Закону № 1952-IV)"),
    ];

    public static IEnumerable<ServiceSeed> All() =>
    [
        new("real-estate-ownership", null, "Державна реєстрація права власності на нерухоме майно", Categories.RealEstate,
            Audience.CitizensAndBusiness,
            "Реєстрація права власності на квартиру, будинок, інший об'єкт нерухомості чи об'єкт незавершеного будівництва.",
            Documents, "Внесення відомостей до Державного реєстру речових прав на нерухоме майно, витяг з реєстру; або рішення про відмову.",
            [AdministrativeServicesLaw, RealEstateLaw, RegistrationProcedure],
            [
                VariantSeed.Normal(DeadlineTerm.WorkingDays(5), Subsistence(0.1m, roundToTens: true)),
                VariantSeed.Urgent("urgent-2wd", "Терміново — 2 робочі дні", DeadlineTerm.WorkingDays(2), Subsistence(1m, roundToTens: true)),
                VariantSeed.Urgent("urgent-1wd", "Терміново — 1 робочий день", DeadlineTerm.WorkingDays(1), Subsistence(2m, roundToTens: true)),
                VariantSeed.Urgent("urgent-2h", "Терміново — 2 години", DeadlineTerm.Hours(2), Subsistence(5m, roundToTens: true)),
            ],
            Grounds)
        {
            Suspension = true,
            PaymentDetails = "Адміністративний збір у частках прожиткового мінімуму для працездатних осіб, округлений до 10 гривень: " +
                "0,1 (5 робочих днів), 1 (2 робочі дні), 2 (1 робочий день), 5 (2 години).",
            Labels = [(CaseStatus.InReview, "На розгляді в державного реєстратора")],
        },
        new("real-estate-other-rights", null, "Державна реєстрація інших речових прав на нерухоме майно (оренда, іпотека, сервітут)",
            Categories.RealEstate, Audience.CitizensAndBusiness,
            "Реєстрація речових прав, похідних від права власності.",
            Documents, "Внесення відомостей до Державного реєстру речових прав, витяг з реєстру; або рішення про відмову.",
            [AdministrativeServicesLaw, RealEstateLaw, RegistrationProcedure],
            [
                VariantSeed.Normal(DeadlineTerm.WorkingDays(5), Subsistence(0.045m, roundToTens: true)),
                VariantSeed.Urgent("urgent-2wd", "Терміново — 2 робочі дні", DeadlineTerm.WorkingDays(2), Subsistence(0.5m, roundToTens: true)),
                VariantSeed.Urgent("urgent-1wd", "Терміново — 1 робочий день", DeadlineTerm.WorkingDays(1), Subsistence(1m, roundToTens: true)),
                VariantSeed.Urgent("urgent-2h", "Терміново — 2 години", DeadlineTerm.Hours(2), Subsistence(2.5m, roundToTens: true)),
            ],
            Grounds)
        {
            Suspension = true,
        },
    ];
}
