using Cnap.Domain.Contacts;
using Cnap.Domain.Organisations;
using Cnap.Host.Catalogue.Seed;

namespace Cnap.Host.Demo;

/// <summary>
/// The demo region: Dnipropetrovsk oblast with the city of Dnipro, one of its districts and Kamianske, a centre in
/// each. Places are real; addresses, phones and e-mails are made up (example domains, an unused number range).
/// </summary>
internal static class DemoPlaces
{
    public const string Dnipro = "DNIPRO";
    public const string Novokodatskyi = "NOVOKODATSKYI";
    public const string Kamianske = "KAMIANSKE";

    public static readonly Region Region = new(SeedIds.For("region", "UA12"), "UA12", "Дніпропетровська область");

    public static readonly IReadOnlyDictionary<string, Community> Communities = new Dictionary<string, Community>
    {
        [Dnipro] = new(SeedIds.For("community", Dnipro), Region.Id, "Дніпровська міська територіальна громада", CommunityKind.Community),
        [Novokodatskyi] = new(SeedIds.For("community", Novokodatskyi), Region.Id, "Новокодацький район м. Дніпра", CommunityKind.District),
        [Kamianske] = new(SeedIds.For("community", Kamianske), Region.Id, "Кам'янська міська територіальна громада", CommunityKind.Community),
    };

    public static IEnumerable<ServiceCentre> Centres()
    {
        yield return Centre("DNP01", Dnipro, "Центр надання адміністративних послуг Дніпровської міської ради",
            new PostalAddress("49000", "м. Дніпро", "просп. Дмитра Яворницького, 75", "Дніпропетровська обл."), "0560000101", "dnipro", ExtendedWeek());
        yield return Centre("DNP02", Novokodatskyi, "Центр надання адміністративних послуг Новокодацького району м. Дніпра",
            new PostalAddress("49064", "м. Дніпро", "вул. Новокодацька, 17", "Дніпропетровська обл."), "0560000202", "novokodatskyi", OfficeWeek());
        var kamianske = Centre("KAM01", Kamianske, "Центр надання адміністративних послуг Кам'янської міської ради",
            new PostalAddress("51931", "м. Кам'янське", "просп. Свободи, 43", "Дніпропетровська обл."), "0569000303", "kamianske", OfficeWeek());
        kamianske.AddRemoteWorkplace(SeedIds.For("workplace", "KAM01/LIVOBEREZHNE"), "Віддалене робоче місце «Лівобережне»",
            new PostalAddress("51925", "м. Кам'янське", "вул. Тритузна, 150", "Дніпропетровська обл."), "вівторок і четвер, 9:00–13:00");
        yield return kamianske;
    }

    private static ServiceCentre Centre(string code, string community, string name, PostalAddress address, string phone, string mailbox,
        IEnumerable<OpeningHours> week)
    {
        var centre = new ServiceCentre(SeedIds.For("centre", code), Region.Id, Communities[community].Id, code, name, address);
        centre.SetContacts([PhoneNumber.Parse(phone)], EmailAddress.Parse($"{mailbox}@cnap-demo.example"), $"https://cnap-demo.example/{mailbox}");
        centre.SetOpeningHours(week);
        centre.DescribeAccessibility(
            "Вхід з рівня тротуару, без сходинок; автоматичні двері. Зала на першому поверсі, є знижене вікно прийому, " +
            "індукційна петля для людей зі слуховими апаратами та туалет для людей з інвалідністю. Біля входу — два паркомісця " +
            "для людей з інвалідністю. Адміністратор допоможе заповнити заяву; собак-поводирів пускають.");
        return centre;
    }

    /// <summary>A large centre: open six days, two evenings until 20:00, no lunch break.</summary>
    private static IEnumerable<OpeningHours> ExtendedWeek() =>
    [
        Day(DayOfWeek.Monday, 8, 17), Day(DayOfWeek.Tuesday, 8, 20), Day(DayOfWeek.Wednesday, 8, 17),
        Day(DayOfWeek.Thursday, 8, 20), Day(DayOfWeek.Friday, 8, 16), Day(DayOfWeek.Saturday, 8, 15),
    ];

    private static IEnumerable<OpeningHours> OfficeWeek() =>
    [
        Day(DayOfWeek.Monday, 8, 17, true), Day(DayOfWeek.Tuesday, 8, 20), Day(DayOfWeek.Wednesday, 8, 17, true),
        Day(DayOfWeek.Thursday, 8, 17, true), Day(DayOfWeek.Friday, 8, 16, true), Day(DayOfWeek.Saturday, 9, 14),
    ];

    private static OpeningHours Day(DayOfWeek day, int opens, int closes, bool lunch = false) =>
        lunch
            ? new(day, new TimeOnly(opens, 0), new TimeOnly(closes, 0), new TimeOnly(12, 0), new TimeOnly(12, 45))
            : new(day, new TimeOnly(opens, 0), new TimeOnly(closes, 0));
}
