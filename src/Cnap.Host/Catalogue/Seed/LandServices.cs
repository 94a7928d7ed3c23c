using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using static Cnap.Host.Catalogue.Seed.Texts;

namespace Cnap.Host.Catalogue.Seed;

internal static class LandServices
{
    private static readonly LegalAct CadastreLaw = new("Закон України «Про Державний земельний кадастр» від 07.07.2011 № 3613-VI");

    private static readonly LegalAct LandCode = new("Земельний кодекс України");

    private const string CadastreRefusal = "ч. 6 ст. 24 Закону України «Про Державний земельний кадастр»";

    public static IEnumerable<ServiceSeed> All() =>
    [
        new("land-plot-registration", null, "Державна реєстрація земельної ділянки з видачею витягу з Державного земельного кадастру",
            Categories.Land, Audience.CitizensAndBusiness, "Присвоєння кадастрового номера і внесення відомостей про земельну ділянку до кадастру.",
            [Application, RepresentativeAuthority,
                new("Документація із землеустрою, яка є підставою для формування земельної ділянки", DocumentForm.Original),
                new("Електронний документ (XML-файл) з результатами робіт із землеустрою", DocumentForm.Original)],
            "Витяг з Державного земельного кадастру про земельну ділянку або вмотивована відмова.",
            [AdministrativeServicesLaw, CadastreLaw.At("ст. 24"), new(
                "Порядок ведення Державного земельного кадастру, затверджений постановою Кабінету Міністрів України від 17.10.2012 № 1051")],
            [VariantSeed.Normal(DeadlineTerm.Days(14))],
            [
                Incomplete(CadastreRefusal),
                new("OVERLAP", "Розташування земельної ділянки в межах іншої земельної ділянки", CadastreRefusal),
                NotCompetent(CadastreRefusal),
            ]),
        new("land-plot-changes", null, "Внесення до Державного земельного кадастру змін до відомостей про земельну ділянку",
            Categories.Land, Audience.CitizensAndBusiness, "Зміна площі, цільового призначення, меж чи інших відомостей про ділянку.",
            [Application, RepresentativeAuthority, new("Документація із землеустрою, що є підставою для змін", DocumentForm.Original)],
            "Витяг з Державного земельного кадастру зі змінами або вмотивована відмова.",
            [AdministrativeServicesLaw, CadastreLaw.At("ст. 24")],
            [VariantSeed.Normal(DeadlineTerm.Days(14))],
            [Incomplete(CadastreRefusal), NotCompetent(CadastreRefusal)]),
        new("land-allocation-project-consent", null, "Надання дозволу на розроблення проєкту землеустрою щодо відведення земельної ділянки",
            Categories.Land, Audience.CitizensAndBusiness, "Дозвіл ради на розроблення проєкту відведення земельної ділянки комунальної власності.",
            [Application, RepresentativeAuthority,
                new("Графічні матеріали із зазначенням бажаного місця розташування та розміру земельної ділянки", DocumentForm.Original)],
            "Рішення ради про надання дозволу або вмотивована відмова.",
            [AdministrativeServicesLaw, LandCode.At("ст. 118, 123")],
            [VariantSeed.Normal(DeadlineTerm.CalendarDays(30))],
            [
                new("PLAN_MISMATCH", "Невідповідність місця розташування ділянки вимогам законів і містобудівної документації", "ч. 7 ст. 118 Земельного кодексу України"),
                new("LIMIT_USED", "Заявник уже використав право на безоплатне отримання ділянки цього виду", "ст. 121 Земельного кодексу України"),
            ]),
        new("land-allocation-project-approval", null, "Затвердження проєкту землеустрою щодо відведення земельної ділянки та передача її у власність",
            Categories.Land, Audience.Citizens, "Рішення ради про затвердження проєкту відведення та передачу ділянки у власність.",
            [Application, RepresentativeAuthority,
                new("Погоджений проєкт землеустрою щодо відведення земельної ділянки", DocumentForm.Original),
                new("Витяг з Державного земельного кадастру про земельну ділянку", DocumentForm.Copy)],
            "Рішення ради про затвердження проєкту та передачу ділянки у власність або вмотивована відмова.",
            [AdministrativeServicesLaw, LandCode.At("ст. 118")],
            [VariantSeed.Normal(DeadlineTerm.Days(14))],
            [
                Incomplete("ч. 9 ст. 118 Земельного кодексу України"),
                new("PLAN_MISMATCH", "Невідповідність проєкту землеустрою вимогам законів і прийнятих відповідно до них нормативно-правових актів", "ч. 9 ст. 118 Земельного кодексу України"),
            ]),
    ];
}
