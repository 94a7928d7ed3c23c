using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using static Cnap.Host.Catalogue.Seed.Texts;

namespace Cnap.Host.Catalogue.Seed;

internal static class PassportServices
{
    private static readonly LegalAct DemographicRegisterLaw = new(
        "Закон України «Про Єдиний державний демографічний реєстр та документи, що підтверджують громадянство України, " +
        "посвідчують особу чи її спеціальний статус» від 20.11.2012 № 5492-VI");

    private static readonly LegalAct MigrationServicesResolution = new(
        "Постанова Кабінету Міністрів України від 02.11.2016 № 770 «Деякі питання надання адміністративних послуг у сфері міграції»");

    private const string RefusalReference = "ст. 14 Закону України «Про Єдиний державний демографічний реєстр...» № 5492-VI";

    private static readonly RefusalGround[] Grounds =
    [
        Incomplete(RefusalReference),
        FalseData(RefusalReference),
        new("NOT_CITIZEN", "Особа не є громадянином України або її громадянство не підтверджено", RefusalReference),
    ];

    private static readonly RequiredDocument[] Documents =
    [
        new("Заява-анкета (формується з фотографуванням і відбитками пальців)", DocumentForm.Original),
        IdentityDocument,
        new("Витяг з реєстру територіальної громади або відомості про місце проживання", DocumentForm.OriginalForInspection),
        new("Квитанція про сплату адміністративного збору та вартості бланка", DocumentForm.Original, isMandatory: false),
    ];

    public static IEnumerable<ServiceSeed> All() =>
    [
        new("id-card", null, "Оформлення і видача паспорта громадянина України у формі картки (обмін, втрата, викрадення)",
            Categories.Passports, Audience.Citizens,
            "Оформлення ID-картки замість паспорта-книжечки або ID-картки, що втрачена, пошкоджена чи потребує заміни.",
            Documents, "Паспорт громадянина України у формі картки або письмова відмова.",
            [AdministrativeServicesLaw, DemographicRegisterLaw, MigrationServicesResolution],
            [
                VariantSeed.Normal(DeadlineTerm.WorkingDays(20), new Fee(372m)),
                VariantSeed.Urgent("urgent", "Терміново — 10 робочих днів", DeadlineTerm.WorkingDays(10), new Fee(498m)),
            ],
            Grounds)
        {
            ReceiptMethods = ReceiptInPerson,
            PaymentDetails = "Адміністративний збір і вартість бланка за реквізитами ДМС; сплачується до подання заяви-анкети.",
        },
        new("id-card-first", null, "Оформлення паспорта громадянина України у формі картки вперше після досягнення 14-річного віку",
            Categories.Passports, Audience.Citizens,
            "Перший паспорт громадянина України для дитини, якій виповнилося 14 років.",
            [.. Documents[..3], new("Свідоцтво про народження", DocumentForm.Original)],
            "Паспорт громадянина України у формі картки або письмова відмова.",
            [AdministrativeServicesLaw, DemographicRegisterLaw, MigrationServicesResolution],
            [VariantSeed.Normal(DeadlineTerm.WorkingDays(20))],
            Grounds)
        {
            ReceiptMethods = ReceiptInPerson,
        },
        new("passport-abroad", null, "Оформлення і видача паспорта громадянина України для виїзду за кордон",
            Categories.Passports, Audience.Citizens,
            "Біометричний паспорт для виїзду за кордон.",
            Documents, "Паспорт громадянина України для виїзду за кордон або письмова відмова.",
            [AdministrativeServicesLaw, DemographicRegisterLaw, MigrationServicesResolution,
                new("Закон України «Про порядок виїзду з України і в'їзду в Україну громадян України» від 21.01.1994 № 3857-XII")],
            [
                VariantSeed.Normal(DeadlineTerm.WorkingDays(20), new Fee(782m)),
                VariantSeed.Urgent("urgent", "Терміново — 7 робочих днів", DeadlineTerm.WorkingDays(7), new Fee(1182m)),
            ],
            Grounds)
        {
            ReceiptMethods = ReceiptInPerson,
            PaymentDetails = "Адміністративний збір і вартість бланка за реквізитами ДМС; сплачується до подання заяви-анкети.",
        },
    ];
}
