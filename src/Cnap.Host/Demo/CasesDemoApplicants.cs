using Cnap.Domain.Cases;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;

namespace Cnap.Host.Demo;

/// <summary>Made-up applicants with valid tax and EDRPOU numbers, phones in an unused range and example e-mail domains.</summary>
internal static class CasesDemoApplicants
{
    private static readonly (string Last, string First, string Patronymic, string Tax, string Phone)[] People =
    [
        ("Шевченко", "Олександра", "Петрівна", "3220551852", "0671000101"),
        ("Коваленко", "Андрій", "Іванович", "3415368747", "0671000102"),
        ("Бондаренко", "Марія", "Олегівна", "3502896841", "0671000103"),
        ("Ткаченко", "Василь", "Миколайович", "2247586287", "0671000104"),
        ("Кравченко", "Ірина", "Сергіївна", "3471350803", "0671000105"),
        ("Олійник", "Дмитро", "Васильович", "3263218490", "0671000106"),
        ("Мельник", "Наталія", "Андріївна", "3676035695", "0671000107"),
        ("Поліщук", "Степан", "Юрійович", "2385470914", "0671000108"),
        ("Лисенко", "Оксана", "Вікторівна", "2968550390", "0671000109"),
        ("Марченко", "Юрій", "Петрович", "2823899083", "0671000110"),
    ];

    private static readonly (string Edrpou, string Name, int Head)[] Companies =
    [
        ("45236711", "ТОВ «Дніпро Реклама Груп»", 1),
        ("38912045", "ТОВ «Зелене місто»", 3),
    ];

    /// <summary>Indexes past the people are companies, represented by one of the people.</summary>
    public static int Count => People.Length + Companies.Length;

    public static Applicant Get(int index)
    {
        if (index >= People.Length)
        {
            var (edrpou, name, head) = Companies[index - People.Length];
            var (last, first, patronymic, _, phone) = People[head];
            return Applicant.LegalEntity(EdrpouCode.Parse(edrpou), name,
                new Representative(new PersonName(last, first, patronymic), "Статут, наказ про призначення директора"),
                PhoneNumber.Parse(phone), EmailAddress.Parse($"office{index}@company-demo.example"));
        }
        var person = People[index];
        return Applicant.Person(
            new PersonName(person.Last, person.First, person.Patronymic), TaxNumber.Parse(person.Tax), PhoneNumber.Parse(person.Phone),
            EmailAddress.Parse($"applicant{index}@cnap-demo.example"),
            new PostalAddress("49000", "м. Дніпро", $"вул. Демонстраційна, {index + 1}", "Дніпропетровська обл."));
    }
}
