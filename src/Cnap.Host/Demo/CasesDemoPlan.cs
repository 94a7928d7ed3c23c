using static Cnap.Domain.ProviderTasks.TaskOutcome;

namespace Cnap.Host.Demo;

/// <summary>
/// The demo cases, in every status, as histories played through the case commands on the demo clock (working days
/// before today). Statuses that need time to pass (silent consent, unclaimed, an expired clarification) come from the
/// cards' own timers firing as the clock moves.
/// </summary>
internal static class CasesDemoPlan
{
    private const string Residence = "residence-registration";
    private const string Advertising = "outdoor-advertising-permit";
    private const string RealEstate = "real-estate-ownership";
    private const string IdCard = "id-card";
    private const string SoleTrader = "sole-trader-registration";
    private const string TreeFelling = "tree-felling-permit";
    private const string LandConsent = "land-allocation-project-consent";
    private const string LandApproval = "land-allocation-project-approval";
    private const string Dnipro = "DNP01";
    private const string District = "DNP02";
    private const string Kamianske = "KAM01";

    public static IReadOnlyList<DemoCase> Cases { get; } =
    [
        // Residence: same day.
        new("R1", Residence, Dnipro, 0, [new Register(0, 9)]),
        new("R2", Residence, District, 1, [new Register(1, 10), new Decide(1, 12, Approved, "Дані внесено до реєстру", Result: "Витяг з реєстру територіальної громади")]),
        new("R3", Residence, Dnipro, 2, [new Register(3, 9), new Decide(3, 11, Approved, "Дані внесено до реєстру", Result: "Витяг з реєстру територіальної громади"), new Issue(2, 10)]),
        new("R4", Residence, Kamianske, 3, [new Register(4, 14), new Decide(4, 16, Refused, "Не подано документ, що підтверджує право на проживання в житлі"), new Issue(3, 9)]),
        new("R5", Residence, Dnipro, 4, [new Register(70, 10), new Decide(70, 12, Approved, "Дані внесено до реєстру", Result: "Витяг з реєстру територіальної громади")]),
        new("R6", Residence, District, 5, [new Register(68, 11), new Decide(68, 15, Approved, "Дані внесено до реєстру", Result: "Витяг з реєстру територіальної громади")]),
        new("R7", "residence-deregistration", Kamianske, 6, [new Register(2, 9), new Decide(2, 10, Approved, "Особу знято з реєстрації"), new Issue(2, 15)]),

        // Outdoor advertising: three departments agree in parallel; silent consent when nobody answers.
        new("A1", Advertising, Dnipro, 10,
        [
            new Register(20, 10), new Decide(18, 11, Approved, "Погоджено", "архітектури"), new Decide(17, 15, Approved, "Погоджено", "культурної спадщини"),
            new Decide(16, 10, Approved, "Погоджено", "ЖКГ"), new Decide(12, 14, Approved, "Дозвіл підписано", "підписання", "Дозвіл на розміщення зовнішньої реклами"),
            new Issue(10, 11),
        ]),
        new("A2", Advertising, Dnipro, 11, [new Register(3, 11), new Decide(2, 10, Approved, "Погоджено", "архітектури")]),
        new("A3", Advertising, District, 10,
            [new Register(9, 10), new Decide(8, 11, Approved, "Погоджено", "ЖКГ"), new Decide(6, 15, Refused, "Конструкція закриває фасад пам'ятки архітектури", "культурної спадщини")]),
        new("A4", Advertising, Dnipro, 11, [new Register(25, 9)]),
        new("A5", Advertising, Kamianske, 10, [new Register(27, 12)]),
        new("A6", Advertising, Dnipro, 1, [new Register(13, 10), new Decide(12, 14, Approved, "Погоджено", "архітектури")]),
        new("A7", Advertising, District, 11, [new Register(5, 10), new Withdraw(3, 11, "Заявник відмовився від розміщення реклами")]),

        // Real-estate rights: clarification stops the clock.
        new("E1", RealEstate, Dnipro, 2, [new Register(2, 10)]),
        new("E2", RealEstate, Dnipro, 5, [new Register(4, 9), new Decide(3, 11, Clarification, "Додайте нотаріально засвідчену копію договору купівлі-продажу")]),
        new("E3", RealEstate, District, 6,
        [
            new Register(12, 10), new Decide(11, 12, Clarification, "Додайте технічний паспорт на квартиру"), new Clarify(8, 10, "Технічний паспорт подано"),
            new Decide(7, 14, Approved, "Право зареєстровано", Result: "Витяг з Державного реєстру речових прав"), new Issue(5, 10),
        ]),
        new("E4", RealEstate, Kamianske, 7, [new Register(25, 10), new Decide(24, 11, Clarification, "Додайте згоду другого з подружжя на відчуження майна")]),
        new("E5", RealEstate, Dnipro, 8, [new Register(1, 9), new Decide(1, 15, Refused, "Заявлене право вже зареєстровано за іншою особою")]),

        // ID cards through the migration service.
        new("I1", IdCard, Dnipro, 9, [new Register(15, 10), new Decide(3, 14, Approved, "Документ виготовлено", Result: "Паспорт громадянина України у формі ID-картки"), new Issue(1, 10)]),
        new("I2", IdCard, District, 0, [new Register(6, 12)]),
        new("I3", IdCard, Kamianske, 4, [new Register(8, 10), new Withdraw(6, 9, "Заявник оформлює документ в іншому центрі")]),
        new("I4", IdCard, Dnipro, 3, [new Register(18, 11), new Decide(2, 10, Approved, "Документ виготовлено", Result: "Паспорт громадянина України у формі ID-картки")]),

        // Sole traders: 24 hours excluding days off.
        new("S1", SoleTrader, Dnipro, 5, [new Register(0, 10)]),
        new("S2", SoleTrader, District, 6, [new Register(2, 10), new Decide(1, 10, Approved, "Зареєстровано", Result: "Виписка з Єдиного державного реєстру"), new Issue(1, 15)]),
        new("S3", SoleTrader, Kamianske, 7, [new Register(1, 11), new Decide(0, 10, Approved, "Зареєстровано", Result: "Виписка з Єдиного державного реєстру")]),

        // Tree felling: commission inspection and a draft returned for revision.
        new("T1", TreeFelling, Dnipro, 11,
        [
            new Register(22, 10), new Decide(21, 11, Approved, "Документи в порядку", "Розгляд заяви"), new Decide(15, 14, Approved, "Акт обстеження складено", "Обстеження"),
            new Decide(13, 10, Approved, "Проєкт підготовлено", "проєкту рішення"),
            new Decide(11, 15, Clarification, "Уточнити кількість дерев і компенсаційну висадку", "виконавчим комітетом"),
            new Decide(10, 11, Approved, "Проєкт доопрацьовано", "проєкту рішення"),
            new Decide(8, 14, Approved, "Рішення затверджено", "виконавчим комітетом", "Рішення виконавчого комітету про видалення зелених насаджень"),
            new Issue(6, 10),
        ]),
        new("T2", TreeFelling, District, 8, [new Register(6, 10), new Decide(5, 11, Approved, "Документи в порядку", "Розгляд заяви")]),
        new("T3", TreeFelling, Dnipro, 9, [new Register(4, 10), new Decide(3, 12, Clarification, "Додайте схему розташування дерев на ділянці", "Розгляд заяви")]),
        new("T4", TreeFelling, Kamianske, 1,
            [new Register(14, 10), new Decide(13, 11, Approved, "Документи в порядку", "Розгляд заяви"), new Decide(9, 15, Refused, "Дерева здорові, підстав для видалення немає", "Обстеження")]),

        // Land: the package goes to the provider by the end of the registration day.
        new("L1", LandConsent, Dnipro, 2, [new Register(0, 9)]),
        new("L2", LandConsent, Kamianske, 3, [new Register(0, 10)]),
        new("L3", LandConsent, District, 4, [new Register(0, 11), new Annul(0, 12, "Справу зареєстровано помилково: ділянка в іншій громаді")]),
        new("L4", LandApproval, Dnipro, 5, [new Register(0, 13), new Annul(0, 14, "Помилка в даних заявника: справу буде зареєстровано повторно")]),
        new("L5", LandConsent, Dnipro, 6, [new Register(3, 10)]),
        new("L6", LandApproval, District, 7, [new Register(10, 10), new Decide(5, 11, Approved, "Проєкт затверджено", Result: "Рішення про затвердження проєкту землеустрою"), new Issue(4, 10)]),

        // Services on the standard card.
        new("G1", "civil-certificate-repeat", Dnipro, 8, [new Register(2, 10), new Decide(1, 10, Approved, "Видано", Result: "Повторне свідоцтво"), new Issue(0, 9)]),
        new("G2", "birth-registration", District, 0, [new Register(1, 9), new Decide(1, 10, Approved, "Зареєстровано", Result: "Свідоцтво про народження")]),
        new("G3", "name-change-registration", Dnipro, 1, [new Register(7, 10), new Decide(5, 11, Clarification, "Додайте витяг з Державного реєстру актів цивільного стану")]),
        new("G4", "building-conditions", Dnipro, 10, [new Register(9, 10), new Decide(2, 12, Refused, "Намір забудови не відповідає плану зонування території")]),
        new("G5", "address-assignment", Kamianske, 11, [new Register(11, 10), new Decide(6, 11, Approved, "Адресу присвоєно", Result: "Наказ про присвоєння адреси"), new Issue(4, 10)]),
    ];
}
