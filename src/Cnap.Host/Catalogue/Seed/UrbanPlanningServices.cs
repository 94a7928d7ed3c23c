using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using static Cnap.Host.Catalogue.Seed.Texts;

namespace Cnap.Host.Catalogue.Seed;

internal static class UrbanPlanningServices
{
    private static readonly LegalAct PlanningLaw = new("Закон України «Про регулювання містобудівної діяльності» від 17.02.2011 № 3038-VI");

    private static readonly RequiredDocument LandTitle = new("Документ, що посвідчує право власності або користування земельною ділянкою", DocumentForm.Copy);

    public static IEnumerable<ServiceSeed> All() =>
    [
        new("building-conditions", null, "Надання містобудівних умов та обмежень забудови земельної ділянки", Categories.UrbanPlanning,
            Audience.CitizensAndBusiness, "Вимоги до проєктування та будівництва об'єкта на земельній ділянці.",
            [Application, RepresentativeAuthority, LandTitle,
                new("Викопіювання з топографо-геодезичного плану М 1:2000", DocumentForm.Original),
                new("Містобудівний розрахунок з техніко-економічними показниками об'єкта", DocumentForm.Original)],
            "Містобудівні умови та обмеження або вмотивована відмова.",
            [AdministrativeServicesLaw, PlanningLaw.At("ст. 29")],
            [VariantSeed.Normal(DeadlineTerm.WorkingDays(10))],
            [
                Incomplete("ч. 4 ст. 29 Закону України «Про регулювання містобудівної діяльності»"),
                new("PLAN_MISMATCH", "Невідповідність намірів забудови вимогам містобудівної документації на місцевому рівні",
                    "ч. 4 ст. 29 Закону України «Про регулювання містобудівної діяльності»"),
            ]),
        new("construction-passport", null, "Видача будівельного паспорта забудови земельної ділянки", Categories.UrbanPlanning,
            Audience.Citizens, "Будівельний паспорт для садибного, садового, дачного будинку чи господарських споруд.",
            [Application, RepresentativeAuthority, LandTitle,
                new("Ескізні наміри забудови (схема розміщення, фасади, основні техніко-економічні показники)", DocumentForm.Original)],
            "Будівельний паспорт або вмотивована відмова.",
            [AdministrativeServicesLaw, PlanningLaw.At("ст. 27")],
            [VariantSeed.Normal(DeadlineTerm.WorkingDays(10))],
            [
                Incomplete("ч. 3 ст. 27 Закону України «Про регулювання містобудівної діяльності»"),
                new("PLAN_MISMATCH", "Невідповідність намірів забудови вимогам законодавства та містобудівної документації",
                    "ч. 3 ст. 27 Закону України «Про регулювання містобудівної діяльності»"),
            ]),
        new("address-assignment", null, "Присвоєння адреси об'єкту будівництва, об'єкту нерухомого майна", Categories.UrbanPlanning,
            Audience.CitizensAndBusiness, "Присвоєння або зміна адреси новозбудованому об'єкту чи об'єкту нерухомості.",
            [Application, RepresentativeAuthority,
                new("Документ, що дає право на виконання будівельних робіт або засвідчує прийняття об'єкта в експлуатацію", DocumentForm.Copy)],
            "Рішення про присвоєння адреси, внесене до Реєстру будівельної діяльності, або відмова.",
            [AdministrativeServicesLaw, PlanningLaw.At("ст. 26-3"), new(
                "Порядок присвоєння адрес об'єктам будівництва, об'єктам нерухомого майна, затверджений постановою Кабінету " +
                "Міністрів України від 07.07.2021 № 690")],
            [VariantSeed.Normal(DeadlineTerm.WorkingDays(5))],
            [
                Incomplete("Порядок присвоєння адрес (постанова КМУ від 07.07.2021 № 690)"),
                FalseData("Порядок присвоєння адрес (постанова КМУ від 07.07.2021 № 690)"),
            ]),
        new("temporary-structure-passport", null, "Видача паспорта прив'язки тимчасової споруди для провадження підприємницької діяльності",
            Categories.UrbanPlanning, Audience.Business, "Паспорт прив'язки кіоску, павільйону чи іншої тимчасової споруди.",
            [Application, RepresentativeAuthority,
                new("Графічні матеріали із зазначенням місця розташування тимчасової споруди", DocumentForm.Original),
                new("Ескізи фасадів тимчасової споруди", DocumentForm.Original)],
            "Паспорт прив'язки тимчасової споруди або вмотивована відмова.",
            [AdministrativeServicesLaw, PlanningLaw.At("ст. 28"), new(
                "Порядок розміщення тимчасових споруд для провадження підприємницької діяльності, затверджений наказом " +
                "Міністерства регіонального розвитку, будівництва та ЖКГ України від 21.10.2011 № 244")],
            [VariantSeed.Normal(DeadlineTerm.WorkingDays(10))],
            [
                Incomplete("Порядок розміщення тимчасових споруд (наказ Мінрегіону від 21.10.2011 № 244)"),
                new("PLAN_MISMATCH", "Невідповідність місця розміщення комплексній схемі розміщення тимчасових споруд",
                    "Порядок розміщення тимчасових споруд (наказ Мінрегіону від 21.10.2011 № 244)"),
            ]),
    ];
}
