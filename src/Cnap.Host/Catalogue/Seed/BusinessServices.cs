using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using static Cnap.Host.Catalogue.Seed.Texts;

namespace Cnap.Host.Catalogue.Seed;

internal static class BusinessServices
{
    private static readonly LegalAct RegistrationLaw = new(
        "Закон України «Про державну реєстрацію юридичних осіб, фізичних осіб — підприємців та громадських формувань» від 15.05.2003 № 755-IV");

    private const string RefusalReference = "ч. 1 ст. 28 Закону України «Про державну реєстрацію юридичних осіб, фізичних осіб — підприємців та громадських формувань»";

    /// <summary>Documents are examined within 24 hours of receipt, days off excluded (Art. 25 of Law 755-IV).</summary>
    private static readonly DeadlineTerm Review = DeadlineTerm.HoursExcludingDaysOff(24);

    private static readonly RefusalGround[] Grounds =
    [
        Incomplete(RefusalReference),
        NotCompetent(RefusalReference),
        new("NOT_FIXED", "Не усунено в установлений строк підстави для зупинення розгляду документів", RefusalReference),
        new("BANNED", "Наявність обмеження (заборони) на здійснення реєстраційної дії", RefusalReference),
    ];

    private static ServiceSeed Registration(string code, string? registerCode, string name, Audience audience, string description, string result,
        RequiredDocument[] documents, Fee? fee = null, string? payment = null) =>
        new(code, registerCode, name, Categories.Business, audience, description, [Application, IdentityDocument, RepresentativeAuthority, .. documents],
            result, [AdministrativeServicesLaw, RegistrationLaw], [VariantSeed.Normal(Review, fee)], Grounds)
        {
            // Art. 27: the registrar suspends the review for 15 calendar days to let the applicant fix the documents.
            Suspension = true,
            Online = true,
            PaymentDetails = payment,
        };

    public static IEnumerable<ServiceSeed> All() =>
    [
        Registration("sole-trader-registration", "00106", "Державна реєстрація фізичної особи — підприємця", Audience.Citizens,
            "Реєстрація особи підприємцем (ФОП) з можливістю обрати спрощену систему оподаткування.",
            "Внесення запису до Єдиного державного реєстру; виписка — за бажанням.",
            [new("Заява про обрання спрощеної системи оподаткування та/або реєстрацію платником ПДВ", DocumentForm.Original, isMandatory: false)]),
        Registration("sole-trader-changes", "00108", "Державна реєстрація змін до відомостей про фізичну особу — підприємця, що містяться в ЄДР",
            Audience.Citizens, "Зміна прізвища, місцезнаходження, видів діяльності, контактів ФОП.",
            "Внесення змін до Єдиного державного реєстру.",
            [new("Документ про сплату адміністративного збору (у випадках, передбачених законом)", DocumentForm.Original, isMandatory: false)],
            payment: "Адміністративний збір справляється лише за реєстрацію змін прізвища, імені, по батькові або місцезнаходження."),
        Registration("sole-trader-termination", null, "Державна реєстрація припинення підприємницької діяльності фізичної особи — підприємця за її рішенням",
            Audience.Citizens, "Припинення діяльності ФОП за власним рішенням.",
            "Внесення запису про припинення до Єдиного державного реєстру.", []),
        Registration("legal-entity-registration", null, "Державна реєстрація створення юридичної особи", Audience.Business,
            "Реєстрація нової юридичної особи (крім громадських формувань).",
            "Внесення запису до Єдиного державного реєстру; виписка — за бажанням.",
            [
                new("Рішення засновників про створення юридичної особи", DocumentForm.Original),
                new("Установчий документ (статут) або заява про роботу на модельному статуті", DocumentForm.Original),
                new("Структура власності та документ про кінцевого бенефіціарного власника", DocumentForm.Original),
            ]),
        Registration("legal-entity-changes", null, "Державна реєстрація змін до відомостей про юридичну особу, що містяться в ЄДР",
            Audience.Business, "Зміна найменування, керівника, місцезнаходження, статуту, складу засновників.",
            "Внесення змін до Єдиного державного реєстру.",
            [new("Рішення уповноваженого органу юридичної особи про зміни", DocumentForm.Original)]),
        Registration("legal-entity-termination", null, "Державна реєстрація припинення юридичної особи в результаті її ліквідації",
            Audience.Business, "Завершальна реєстрація ліквідації юридичної особи.",
            "Внесення запису про припинення до Єдиного державного реєстру.",
            [new("Довідка архівної установи про прийняття документів на зберігання", DocumentForm.Original)]),
        Registration("edr-extract", null, "Надання витягу з Єдиного державного реєстру юридичних осіб, фізичних осіб — підприємців та громадських формувань",
            Audience.CitizensAndBusiness, "Витяг з відомостями про юридичну особу або ФОП.", "Витяг з Єдиного державного реєстру.",
            [new("Документ про сплату адміністративного збору", DocumentForm.Original)],
            Subsistence(0.05m, roundToTens: true), "Адміністративний збір — 0,05 прожиткового мінімуму для працездатних осіб, округлений до 10 гривень."),
    ];
}
