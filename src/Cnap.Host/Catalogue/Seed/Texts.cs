using Cnap.Domain.Catalogue;

namespace Cnap.Host.Catalogue.Seed;

/// <summary>Wording that recurs across information cards, and the subsistence minimum fees are computed from.</summary>
internal static class Texts
{
    /// <summary>The subsistence minimum for able-bodied persons on 1 January 2025 (State Budget Law for 2025), UAH.</summary>
    public const decimal SubsistenceMinimum2025 = 3028m;

    public static readonly DateOnly EffectiveFrom = new(2025, 1, 1);

    public const string ReceiptInPersonOrByPost =
        "Особисто або через представника (за документом, що підтверджує повноваження) у центрі надання адміністративних послуг; " +
        "поштою — якщо заявник зазначив це в заяві.";

    public const string ReceiptInPerson =
        "Особисто або через законного представника у центрі надання адміністративних послуг.";

    public const string ApplicationMethods =
        "Особисто або через представника в центрі надання адміністративних послуг; поштою — для послуг, що це допускають.";

    public const string Appeal =
        "Рішення, дії чи бездіяльність суб'єкта надання адміністративної послуги можуть бути оскаржені до органу вищого " +
        "рівня або до адміністративного суду в порядку, встановленому Кодексом адміністративного судочинства України " +
        "(ст. 20 Закону України «Про адміністративні послуги»).";

    public static readonly LegalAct AdministrativeServicesLaw =
        new("Закон України «Про адміністративні послуги» від 06.09.2012 № 5203-VI");

    public static readonly LegalAct PermitSystemLaw =
        new("Закон України «Про дозвільну систему у сфері господарської діяльності» від 06.09.2005 № 2806-IV", "ст. 4-1");

    public static readonly RequiredDocument Application = new("Заява (формується адміністратором ЦНАП, підписується заявником)", DocumentForm.Original);

    public static readonly RequiredDocument IdentityDocument =
        new("Паспорт громадянина України або інший документ, що посвідчує особу", DocumentForm.OriginalForInspection);

    public static readonly RequiredDocument RepresentativeAuthority = new(
        "Документ, що підтверджує повноваження представника", DocumentForm.OriginalForInspection, isMandatory: false,
        requirements: "Лише якщо звертається представник");

    public static RefusalGround Incomplete(string legalReference) =>
        new("INCOMPLETE", "Подання неповного пакета документів або документів, що не відповідають вимогам законодавства", legalReference);

    public static RefusalGround FalseData(string legalReference) =>
        new("FALSE_DATA", "Виявлення в поданих документах недостовірних відомостей", legalReference);

    public static RefusalGround NotCompetent(string legalReference) =>
        new("NOT_COMPETENT", "Звернення до суб'єкта, який не уповноважений надавати цю послугу", legalReference);

    public static Fee Subsistence(decimal multiplier, bool roundToTens = false) =>
        Fee.OfSubsistenceMinimum(multiplier, SubsistenceMinimum2025, roundToTens);
}
