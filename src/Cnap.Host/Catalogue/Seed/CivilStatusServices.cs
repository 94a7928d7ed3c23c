using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using static Cnap.Host.Catalogue.Seed.Texts;

namespace Cnap.Host.Catalogue.Seed;

internal static class CivilStatusServices
{
    private static readonly LegalAct CivilStatusLaw =
        new("Закон України «Про державну реєстрацію актів цивільного стану» від 01.07.2010 № 2398-VI");

    private static readonly LegalAct Rules = new(
        "Правила державної реєстрації актів цивільного стану в Україні, затверджені наказом Міністерства юстиції України " +
        "від 18.10.2000 № 52/5");

    private const string RefusalReference = "ст. 15 Закону України «Про державну реєстрацію актів цивільного стану»";

    public static IEnumerable<ServiceSeed> All() =>
    [
        new("birth-registration", null, "Державна реєстрація народження фізичної особи та її походження", Categories.CivilStatus, Audience.Citizens,
            "Складання актового запису про народження і видача свідоцтва про народження.",
            [
                Application, IdentityDocument,
                new("Медичне свідоцтво про народження (форма № 103/о) або інший документ, що підтверджує факт народження", DocumentForm.Original),
                new("Документ, що є підставою для внесення відомостей про батька (свідоцтво про шлюб, спільна заява)", DocumentForm.OriginalForInspection, isMandatory: false),
            ],
            "Свідоцтво про народження; витяг з Державного реєстру актів цивільного стану за потреби.",
            [AdministrativeServicesLaw, CivilStatusLaw, Rules, new("Сімейний кодекс України", "ст. 122, 133, 135")],
            [VariantSeed.Normal(DeadlineTerm.SameDay)],
            [Incomplete(RefusalReference), NotCompetent(RefusalReference)])
        {
            ReceiptMethods = ReceiptInPerson,
        },
        new("death-registration", null, "Державна реєстрація смерті", Categories.CivilStatus, Audience.Citizens,
            "Складання актового запису про смерть і видача свідоцтва про смерть.",
            [
                Application, IdentityDocument,
                new("Лікарське свідоцтво про смерть або рішення суду про встановлення факту смерті", DocumentForm.Original),
                new("Паспорт або інший документ померлої особи", DocumentForm.Original, isMandatory: false),
            ],
            "Свідоцтво про смерть.",
            [AdministrativeServicesLaw, CivilStatusLaw, Rules],
            [VariantSeed.Normal(DeadlineTerm.SameDay)],
            [Incomplete(RefusalReference), NotCompetent(RefusalReference)])
        {
            ReceiptMethods = ReceiptInPerson,
        },
        new("name-change-registration", null, "Державна реєстрація зміни імені (прізвища, власного імені, по батькові)",
            Categories.CivilStatus, Audience.Citizens,
            "Розгляд заяви про зміну імені, складання актового запису та видача свідоцтва про зміну імені.",
            [
                Application, IdentityDocument,
                new("Свідоцтво про народження", DocumentForm.Original),
                new("Свідоцтво про шлюб або розірвання шлюбу", DocumentForm.Original, isMandatory: false),
                new("Квитанція про сплату державного мита", DocumentForm.Original),
            ],
            "Свідоцтво про зміну імені або письмова відмова.",
            [AdministrativeServicesLaw, CivilStatusLaw, Rules, new("Цивільний кодекс України", "ст. 295")],
            [VariantSeed.Normal(DeadlineTerm.CalendarDays(90), new Fee(0.85m))],
            [Incomplete(RefusalReference), FalseData(RefusalReference)])
        {
            Suspension = true,
            PaymentDetails = "Державне мито — 0,85 грн.",
        },
        new("civil-certificate-repeat", null, "Видача повторного свідоцтва про державну реєстрацію акта цивільного стану",
            Categories.CivilStatus, Audience.Citizens,
            "Повторне свідоцтво замість втраченого чи пошкодженого (народження, шлюб, смерть тощо).",
            [Application, IdentityDocument, RepresentativeAuthority, new("Квитанція про сплату державного мита", DocumentForm.Original)],
            "Повторне свідоцтво або письмова відмова.",
            [AdministrativeServicesLaw, CivilStatusLaw, Rules],
            [VariantSeed.Normal(DeadlineTerm.SameDay, new Fee(8.50m))],
            [
                Incomplete(RefusalReference),
                new("NO_RIGHT", "Заявник не має права на отримання повторного свідоцтва щодо цієї особи", RefusalReference),
            ])
        {
            PaymentDetails = "Державне мито — 8,50 грн.",
        },
    ];
}
