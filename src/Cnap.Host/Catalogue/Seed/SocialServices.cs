using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using static Cnap.Host.Catalogue.Seed.Texts;

namespace Cnap.Host.Catalogue.Seed;

internal static class SocialServices
{
    private static readonly LegalAct FamilyAssistanceLaw =
        new("Закон України «Про державну допомогу сім'ям з дітьми» від 21.11.1992 № 2811-XII");

    private static readonly RequiredDocument IncomeDeclaration =
        new("Декларація про доходи та майновий стан членів сім'ї", DocumentForm.Original);

    private static readonly RequiredDocument BirthCertificate = new("Свідоцтво про народження дитини", DocumentForm.Copy);

    /// <summary>"Within 10 days": plain days, so the calendar's Art. 42 rule decides how they are counted.</summary>
    private static readonly DeadlineTerm TenDays = DeadlineTerm.Days(10);

    private static readonly RefusalGround[] Grounds =
    [
        Incomplete("ст. 19 Закону України «Про державну допомогу сім'ям з дітьми»"),
        new("NOT_ELIGIBLE", "Заявник не має права на призначення допомоги", "ст. 19 Закону України «Про державну допомогу сім'ям з дітьми»"),
        FalseData("ст. 19 Закону України «Про державну допомогу сім'ям з дітьми»"),
    ];

    private static ServiceSeed Assistance(string code, string name, string description, RequiredDocument[] documents, LegalAct[] acts,
        DeadlineTerm? term = null, RefusalGround[]? grounds = null) =>
        new(code, null, name, Categories.Social, Audience.Citizens, description, [Application, IdentityDocument, RepresentativeAuthority, .. documents],
            "Рішення про призначення (відмову в призначенні) допомоги.", [AdministrativeServicesLaw, .. acts],
            [VariantSeed.Normal(term ?? TenDays)], grounds ?? Grounds)
        {
            Suspension = true,
            ReceiptMethods = "Повідомлення про рішення — у ЦНАП, поштою або через електронний кабінет; виплата — на рахунок заявника.",
        };

    public static IEnumerable<ServiceSeed> All() =>
    [
        Assistance("birth-assistance", "Призначення допомоги при народженні дитини", "Одноразова та щомісячна допомога при народженні дитини.",
            [BirthCertificate], [FamilyAssistanceLaw.At("розділ III")]),
        Assistance("adoption-assistance", "Призначення допомоги при усиновленні дитини", "Допомога усиновлювачам.",
            [new("Рішення суду про усиновлення", DocumentForm.Copy), BirthCertificate], [FamilyAssistanceLaw.At("розділ III-1")]),
        Assistance("single-mother-assistance", "Призначення допомоги на дітей одиноким матерям", "Щомісячна допомога на дітей одиноким матерям.",
            [BirthCertificate, IncomeDeclaration], [FamilyAssistanceLaw.At("розділ VI")]),
        Assistance("low-income-assistance", "Призначення державної соціальної допомоги малозабезпеченим сім'ям",
            "Щомісячна допомога сім'ям із середньомісячним доходом нижчим за прожитковий мінімум.",
            [IncomeDeclaration], [new("Закон України «Про державну соціальну допомогу малозабезпеченим сім'ям» від 01.06.2000 № 1768-III")],
            grounds:
            [
                Incomplete("ст. 7 Закону України «Про державну соціальну допомогу малозабезпеченим сім'ям»"),
                new("NOT_ELIGIBLE", "Середньомісячний сукупний дохід сім'ї перевищує межу права на допомогу", "ст. 7 Закону України «Про державну соціальну допомогу малозабезпеченим сім'ям»"),
            ]),
        Assistance("housing-subsidy", "Призначення житлової субсидії",
            "Субсидія для відшкодування витрат на оплату житлово-комунальних послуг.",
            [IncomeDeclaration, new("Договори про надання житлово-комунальних послуг або рахунки", DocumentForm.Copy, isMandatory: false)],
            [new("Положення про порядок призначення житлових субсидій, затверджене постановою Кабінету Міністрів України від 21.10.1995 № 848")],
            grounds:
            [
                Incomplete("Положення про порядок призначення житлових субсидій (постанова КМУ від 21.10.1995 № 848)"),
                new("NOT_ELIGIBLE", "Наявність обставин, за яких субсидія не призначається", "Положення про порядок призначення житлових субсидій (постанова КМУ від 21.10.1995 № 848)"),
            ]),
        Assistance("idp-registration", "Взяття на облік внутрішньо переміщеної особи", "Довідка про взяття на облік внутрішньо переміщеної особи.",
            [new("Документ, що підтверджує проживання на території, з якої здійснюється переміщення", DocumentForm.OriginalForInspection, isMandatory: false)],
            [new("Закон України «Про забезпечення прав і свобод внутрішньо переміщених осіб» від 20.10.2014 № 1706-VII")],
            DeadlineTerm.SameDay,
            [
                Incomplete("ст. 4 Закону України «Про забезпечення прав і свобод внутрішньо переміщених осіб»"),
                new("NOT_ELIGIBLE", "Відсутність обставин, що зумовили переміщення", "ст. 12 Закону України «Про забезпечення прав і свобод внутрішньо переміщених осіб»"),
            ]),
        Assistance("large-family-certificate", "Видача посвідчень батьків багатодітної сім'ї та дитини з багатодітної сім'ї",
            "Посвідчення, що підтверджують статус багатодітної сім'ї.",
            [new("Свідоцтва про народження дітей", DocumentForm.Copy), new("Фотокартки батьків і дітей (3 × 4 см)", DocumentForm.Original)],
            [new("Закон України «Про охорону дитинства» від 26.04.2001 № 2402-III", "ст. 13")]),
    ];
}
