using Cnap.Domain.Calendar;
using Cnap.Domain.Catalogue;
using Cnap.Domain.Contacts;
using Cnap.Domain.Identification;
using Cnap.Domain.Organisations;
using Cnap.Domain.Providers;
using Cnap.Host.Data;

namespace Cnap.Host.Tests.Cases.Support;

/// <summary>
/// A small real world for case scenarios: one community with its centre, the city council (with the units the cards
/// name), the migration service and the justice registrars, and one service per card of issue 5, stored through the
/// application's own context.
/// </summary>
public sealed class CaseWorld
{
    public Guid RegionId { get; } = Guid.NewGuid();
    public Guid CommunityId { get; } = Guid.NewGuid();
    public Guid CentreId { get; } = Guid.NewGuid();
    public Guid OtherCentreId { get; } = Guid.NewGuid();
    public Guid CouncilId { get; } = Guid.NewGuid();
    public Guid MigrationId { get; } = Guid.NewGuid();
    public Guid JusticeId { get; } = Guid.NewGuid();
    public Dictionary<string, Guid> Units { get; } = [];
    public Dictionary<string, Guid> Services { get; } = [];

    public const string CentreCode = "TST";
    public const string Incomplete = "INCOMPLETE";
    public const string NotAllowed = "NOT_ALLOWED";
    public const string UnpublishedCard = "cnap-not-yet-published";
    public const string ReminderCard = "t-deadline-reminder";

    public void AddTo(CnapDbContext db)
    {
        db.Add(new Region(RegionId, "TR", "Тестова область"));
        db.Add(new Community(CommunityId, RegionId, "Тестова міська громада", CommunityKind.Community));
        var centre = new ServiceCentre(CentreId, RegionId, CommunityId, CentreCode, "ЦНАП Тестової міської ради", new PostalAddress("01001", "м. Тестове", "вул. Центральна, 1"));
        centre.SetContacts([PhoneNumber.Parse("0441234567")], null, null);
        centre.SetOpeningHours(Enumerable.Range(1, 5).Select(d => new OpeningHours((DayOfWeek)d, new TimeOnly(8, 0), new TimeOnly(18, 0))));
        db.Add(centre);
        db.Add(new ServiceCentre(OtherCentreId, RegionId, CommunityId, "TS2", "Віддалений ЦНАП", new PostalAddress("01002", "м. Тестове", "вул. Сільська, 2")));

        db.Add(new Provider(CouncilId, EdrpouCode.Parse("04055423"), "Тестова міська рада", ProviderKind.LocalGovernment, RegionId));
        db.Add(new Provider(MigrationId, EdrpouCode.Parse("37780456"), "Управління ДМС у Тестовій області", ProviderKind.StateBody));
        db.Add(new Provider(JusticeId, EdrpouCode.Parse("43967452"), "Відділ державної реєстрації", ProviderKind.StateBody, RegionId));
        foreach (var (code, name, provider) in new[]
        {
            ("REGISTRATION", "Відділ реєстрації місця проживання", CouncilId),
            ("ADVERTISING", "Відділ реклами", CouncilId),
            ("ARCHITECTURE", "Управління архітектури", CouncilId),
            ("HERITAGE", "Відділ охорони культурної спадщини", CouncilId),
            ("UTILITIES", "Управління ЖКГ", CouncilId),
            ("ECOLOGY", "Відділ екології", CouncilId),
            ("GREEN_COMMISSION", "Комісія з обстеження зелених насаджень", CouncilId),
            ("EXECUTIVE", "Секретаріат виконкому", CouncilId),
            ("DOCUMENTS", "Відділ оформлення документів", MigrationId),
            ("REGISTRAR", "Державні реєстратори", JusticeId),
        })
        {
            Units[code] = Guid.NewGuid();
            db.Add(new ProviderUnit(Units[code], provider, name, code));
        }

        var category = new ServiceCategory(Guid.NewGuid(), "TEST", "Тестові послуги", 1);
        db.Add(category);
        Service(db, category, "residence", "00034", "Реєстрація місця проживання", CouncilId, DeadlineTerm.SameDay, suspension: false, silentConsent: false);
        Service(db, category, "advertising", "01117", "Дозвіл на розміщення зовнішньої реклами", CouncilId, DeadlineTerm.WorkingDays(10), suspension: false, silentConsent: true);
        var estate = Service(db, category, "estate", null, "Державна реєстрація права власності на нерухоме майно", JusticeId, DeadlineTerm.WorkingDays(5), suspension: true, silentConsent: false);
        estate.PublishTechnologicalCard("cnap-real-estate-registration");
        estate.AddVariant(Guid.NewGuid(), "urgent-2wd", "Терміново (2 робочі дні)", VariantKind.Urgent, DeadlineTerm.WorkingDays(2), new Fee(1210));
        var idCard = Service(db, category, "id-card", null, "Оформлення паспорта у формі ID-картки", MigrationId, DeadlineTerm.WorkingDays(20), suspension: false, silentConsent: false);
        idCard.PublishTechnologicalCard("cnap-id-card");
        idCard.AddVariant(Guid.NewGuid(), "urgent", "Терміново", VariantKind.Urgent, DeadlineTerm.WorkingDays(10), new Fee(1054));
        Service(db, category, "sole-trader", null, "Державна реєстрація фізичної особи — підприємця", JusticeId, DeadlineTerm.HoursExcludingDaysOff(24), suspension: false, silentConsent: false)
            .PublishTechnologicalCard("cnap-sole-trader-registration");
        Service(db, category, "tree-felling", null, "Дозвіл на видалення зелених насаджень", CouncilId, DeadlineTerm.CalendarDays(30), suspension: true, silentConsent: false)
            .PublishTechnologicalCard("cnap-tree-felling-permit");
        Service(db, category, "generic", null, "Довідка про склад сім'ї", CouncilId, DeadlineTerm.WorkingDays(10), suspension: true, silentConsent: false);
        Service(db, category, "land", null, "Надання дозволу на розроблення проєкту землеустрою", CouncilId, DeadlineTerm.CalendarDays(30), suspension: true, silentConsent: false)
            .PublishTechnologicalCard("cnap-next-day-dispatch");
        Service(db, category, "reminder", null, "Послуга з нагадуванням про строк", CouncilId, DeadlineTerm.WorkingDays(10), suspension: true, silentConsent: false)
            .PublishTechnologicalCard(ReminderCard);
        Service(db, category, "no-card", null, "Послуга без технологічної картки", CouncilId, DeadlineTerm.WorkingDays(10), suspension: false, silentConsent: false)
            .PublishTechnologicalCard(UnpublishedCard);
    }

    private AdministrativeService Service(
        CnapDbContext db, ServiceCategory category, string code, string? registerCode, string name, Guid provider, DeadlineTerm term,
        bool suspension, bool silentConsent)
    {
        var card = new InformationCard(
            $"{name}: опис послуги.",
            [new RequiredDocument("Заява", DocumentForm.Original), new RequiredDocument("Паспорт громадянина України", DocumentForm.OriginalForInspection)],
            $"{name} (результат)",
            "Особисто в ЦНАП",
            [new LegalAct("Закон України «Про адміністративні послуги»", "ст. 9")],
            "Рішення може бути оскаржене до суду в порядку, встановленому законом.");
        // Prefixed: the standard catalogue is seeded in every database and owns the plain codes.
        var service = new AdministrativeService(Guid.NewGuid(), "t-" + code, registerCode, name, category.Id, Audience.CitizensAndBusiness, card, new DateOnly(2020, 1, 1));
        service.SetRules(silentConsent, suspension, onlineApplicationAllowed: false);
        service.AddVariant(Guid.NewGuid(), "normal", "Звичайний строк", VariantKind.Normal, term, Fee.Free);
        service.AddRefusalGround(new RefusalGround(Incomplete, "Подано неповний пакет документів", "ч. 1 ст. 19 Закону України «Про адміністративні послуги»"));
        service.AddRefusalGround(new RefusalGround(NotAllowed, "Об'єкт не відповідає вимогам законодавства", "п. 2 ч. 1 ст. 4-1 Закону України «Про дозвільну систему у сфері господарської діяльності»"));
        service.AssignProvider(new ServiceProvision(provider, null, CommunityId));
        db.Add(service);
        Services[code] = service.Id;
        return service;
    }
}
